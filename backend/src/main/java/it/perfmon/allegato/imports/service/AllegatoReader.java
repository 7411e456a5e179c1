package it.perfmon.allegato.imports.service;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.mapping.DocumentMapper;
import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.allegato.imports.parse.TextLayoutParser;
import it.perfmon.allegato.imports.parse.XlsxLayoutParser;
import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;
import it.perfmon.common.AgencyClock;
import java.time.LocalDate;

/** Reads an uploaded file in its layout and gives its cells their meaning; no database is involved. */
@ApplicationScoped
public class AllegatoReader {

    /** The two layouts an upload may come in. */
    public enum Format {
        XLSX, TEXT
    }

    private final TextLayoutParser text;
    private final XlsxLayoutParser xlsx;
    private final AgencyClock clock;

    AllegatoReader(PerfmonConfig settings, AgencyClock clock) {
        PerfmonConfig.Imports config = settings.imports();
        this.text = new TextLayoutParser(config.maxRows());
        this.xlsx = new XlsxLayoutParser(new XlsxLayoutParser.Limits(config.maxRows(),
                config.xlsx().minInflateRatio(), config.xlsx().maxEntryBytes(), config.xlsx().maxTextChars()));
        this.clock = clock;
    }

    public PlanDraft read(byte[] bytes, Format format) {
        AllegatoDocument document = format == Format.XLSX ? xlsx.parse(bytes) : text.parse(bytes);
        return new DocumentMapper(clock.today()).map(document);
    }
}
