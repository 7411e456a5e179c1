package it.perfmon.allegato.imports.service;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.mapping.DocumentMapper;
import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.allegato.imports.parse.OdsLayoutParser;
import it.perfmon.allegato.imports.parse.TextLayoutParser;
import it.perfmon.allegato.imports.parse.XlsxLayoutParser;
import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;
import it.perfmon.common.AgencyClock;
import java.time.LocalDate;

/** Reads an uploaded file in its layout and gives its cells their meaning; no database is involved. */
@ApplicationScoped
public class AllegatoReader {

    /** The layouts an upload may come in. */
    public enum Format {
        XLSX, ODS, TEXT
    }

    private final TextLayoutParser text;
    private final XlsxLayoutParser xlsx;
    private final OdsLayoutParser ods;
    private final AgencyClock clock;

    AllegatoReader(PerfmonConfig settings, AgencyClock clock) {
        PerfmonConfig.Imports config = settings.imports();
        this.text = new TextLayoutParser(config.maxRows());
        XlsxLayoutParser.Limits limits = new XlsxLayoutParser.Limits(config.maxRows(),
                config.xlsx().minInflateRatio(), config.xlsx().maxEntryBytes(), config.xlsx().maxTextChars());
        this.xlsx = new XlsxLayoutParser(limits);
        this.ods = new OdsLayoutParser(xlsx, limits);
        this.clock = clock;
    }

    public PlanDraft read(byte[] bytes, Format format) {
        AllegatoDocument document = switch (format) {
            case XLSX -> xlsx.parse(bytes);
            case ODS -> ods.parse(bytes);
            case TEXT -> text.parse(bytes);
        };
        return new DocumentMapper(clock.today()).map(document);
    }
}
