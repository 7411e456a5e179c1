package it.perfmon.allegato.imports.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as read from the file: its text (trimmed, markup removed, empty when blank) and, for a spreadsheet's
 * typed cells, the number or date it holds, so that 1.88935 formatted as 188,94% is read exactly and not from
 * its rounded display.
 *
 * @param number       a numeric cell's value as stored
 * @param percentFormat whether that number is formatted as a percentage (0.06 shown as 6,00%)
 * @param date         a date cell's value
 */
public record Cell(String text, BigDecimal number, boolean percentFormat, LocalDate date, SourcePosition position) {

    public Cell {
        text = text == null ? "" : text;
    }

    public static Cell text(String text, SourcePosition position) {
        return new Cell(text, null, false, null, position);
    }

    public static Cell blank(SourcePosition position) {
        return new Cell("", null, false, null, position);
    }

    public static Cell number(BigDecimal number, boolean percentFormat, String display, SourcePosition position) {
        return new Cell(display, number, percentFormat, null, position);
    }

    public static Cell date(LocalDate date, String display, SourcePosition position) {
        return new Cell(display, null, false, date, position);
    }

    public boolean isBlank() {
        return text.isBlank() && number == null && date == null;
    }

    /** Blank, or the dash the Allegato A puts where there is no value. */
    public boolean isEmpty() {
        return isBlank() || number == null && date == null && ItalianValues.isDash(text);
    }
}
