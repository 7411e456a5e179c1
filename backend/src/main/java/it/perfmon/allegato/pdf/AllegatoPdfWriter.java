package it.perfmon.allegato.pdf;

import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.document.pdf.AccessiblePdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;

/**
 * Writes the Allegato A as a PDF for publication: PDF/A-2 and PDF/UA-1, tagged for screen readers, A4 landscape,
 * the main table and then each timeline on a page of its own, table headings repeated on every page, and on every
 * page the agency, the document's title, the date of generation and "Pagina X di Y".
 */
public final class AllegatoPdfWriter {

    public static final String MEDIA_TYPE = AccessiblePdfWriter.MEDIA_TYPE;

    private AllegatoPdfWriter() {
    }

    public static void write(AllegatoTable table, ZonedDateTime generatedAt, OutputStream out) throws IOException {
        AccessiblePdfWriter.write(AllegatoPublishedDocument.of(table), generatedAt, out);
    }
}
