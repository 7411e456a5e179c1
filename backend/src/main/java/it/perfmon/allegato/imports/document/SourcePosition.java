package it.perfmon.allegato.imports.document;

/**
 * Where a cell was read: the sheet (for the text layout, the section: {@code Allegato A} or {@code ARTI crono 4}),
 * the row (in the text layout, the line of the file) and the column, all counted from 1, so that every message
 * about a bad value points at the cell a person has to fix.
 */
public record SourcePosition(Layout layout, String sheet, int row, int column) {

    /** The two layouts an Allegato A is read from. */
    public enum Layout {
        XLSX, TEXT
    }

    public static SourcePosition xlsx(String sheet, int row, int column) {
        return new SourcePosition(Layout.XLSX, sheet, row, column);
    }

    public static SourcePosition text(String section, int line, int field) {
        return new SourcePosition(Layout.TEXT, section, line, field);
    }

    /** The same row, another column. */
    public SourcePosition atColumn(int otherColumn) {
        return new SourcePosition(layout, sheet, row, otherColumn);
    }

    /** {@code Allegato A!F12} for a workbook, {@code riga 12, campo 6} for the text layout. */
    public String reference() {
        return layout == Layout.XLSX ? sheet + "!" + columnLetters(column) + row : "riga " + row + ", campo " + column;
    }

    /** A phrase for messages: {@code foglio "Allegato A", cella F12} or {@code riga 12, campo 6 (ARTI crono 4)}. */
    public String describe() {
        return layout == Layout.XLSX ? "foglio \"" + sheet + "\", cella " + columnLetters(column) + row
                : "riga " + row + ", campo " + column + " (" + sheet + ")";
    }

    /** 1 → A, 16 → P, 27 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
