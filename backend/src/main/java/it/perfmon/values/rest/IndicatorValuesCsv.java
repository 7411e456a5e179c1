package it.perfmon.values.rest;

import it.perfmon.common.FormulaText;
import it.perfmon.values.model.IndicatorValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Indicator values as RFC 4180 CSV for machines: UTF-8, a header row with the JSON field names, commas, CRLF line
 * ends, decimals with a dot and written as in JSON (188.935, 100), dates and instants in ISO 8601, empty for null.
 * People open it in spreadsheets too: a text that would be taken for a formula gets a leading apostrophe.
 */
final class IndicatorValuesCsv {

    static final String MEDIA_TYPE = "text/csv";

    // The columns are the record's components, so the CSV cannot drift from the JSON rows.
    private static final RecordComponent[] COLUMNS = IndicatorValue.class.getRecordComponents();
    private static final String CRLF = "\r\n";

    private IndicatorValuesCsv() {
    }

    static byte[] write(List<IndicatorValue> rows) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < COLUMNS.length; i++) {
            csv.append(i == 0 ? "" : ",").append(COLUMNS[i].getName());
        }
        csv.append(CRLF);
        for (IndicatorValue row : rows) {
            for (int i = 0; i < COLUMNS.length; i++) {
                csv.append(i == 0 ? "" : ",").append(field(value(row, COLUMNS[i])));
            }
            csv.append(CRLF);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Object value(IndicatorValue row, RecordComponent column) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + column.getName(), e);
        }
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        // People's texts (notes, titles, data sources) reach spreadsheets: neutralised as in the Allegato A's CSV.
        // Numbers, dates and instants are not texts: a negative number keeps its sign.
        String text = value instanceof BigDecimal decimal ? plain(decimal)
                : value instanceof String string ? FormulaText.neutralised(string) : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** As the JSON writer does: no trailing zeros from the column's scale, never an exponent. */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
