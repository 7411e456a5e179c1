package it.perfmon.publication.opendata;

import it.perfmon.common.FormulaText;
import it.perfmon.publication.OpenDataRow;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Open data as RFC 4180 CSV for machines, as the pull API writes it: UTF-8, a header row with the JSON field names,
 * commas, CRLF, dot decimals without exponent, ISO dates, empty for null; a text a spreadsheet would take for a
 * formula gets a leading apostrophe.
 */
public final class OpenDataCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String CRLF = "\r\n";

    private OpenDataCsv() {
    }

    public static byte[] write(List<OpenDataRow> rows) {
        StringBuilder csv = new StringBuilder();
        List<RecordComponent> columns = OpenDataColumns.ALL;
        for (int i = 0; i < columns.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(columns.get(i).getName());
        }
        csv.append(CRLF);
        for (OpenDataRow row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(field(OpenDataColumns.value(row, columns.get(i))));
            }
            csv.append(CRLF);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? plain(decimal)
                : value instanceof String string ? FormulaText.neutralised(string) : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
