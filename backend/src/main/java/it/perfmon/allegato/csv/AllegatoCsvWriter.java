package it.perfmon.allegato.csv;

import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.allegato.table.Grid;
import it.perfmon.allegato.table.ItalianText;
import it.perfmon.allegato.table.Row;
import it.perfmon.common.FormulaText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The main table as CSV for spreadsheets set to Italian: UTF-8 with a byte order mark (without it Excel reads
 * ANSI), semicolons (the comma is the decimal separator), CRLF, RFC 4180 quoting, every row with its 18 cells as
 * shown (188,94%, 31/03/2021). A text a spreadsheet would take for a formula gets a leading apostrophe.
 */
public final class AllegatoCsvWriter {

    public static final String MEDIA_TYPE = "text/csv";

    private static final char SEPARATOR = ';';
    private static final String CRLF = "\r\n";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private AllegatoCsvWriter() {
    }

    public static void write(AllegatoTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        Grid grid = table.main();
        for (Row row : grid.rows()) {
            for (int c = 0; c < grid.columnCount(); c++) {
                if (c > 0) {
                    writer.write(SEPARATOR);
                }
                writer.write(field(ItalianText.of(row.cell(c))));
            }
            writer.write(CRLF);
        }
        writer.flush();
    }

    static String field(String text) {
        String value = FormulaText.neutralised(text);
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
