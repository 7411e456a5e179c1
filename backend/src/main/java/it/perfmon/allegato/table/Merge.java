package it.perfmon.allegato.table;

/** A merged region, zero-based and inclusive; the cell at its top-left corner holds the value. */
public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public Merge {
        if (firstRow > lastRow || firstColumn > lastColumn || firstRow < 0 || firstColumn < 0) {
            throw new IllegalArgumentException("Empty merged region " + firstRow + ":" + lastRow + ", "
                    + firstColumn + ":" + lastColumn);
        }
    }

    public int rows() {
        return lastRow - firstRow + 1;
    }

    public int columns() {
        return lastColumn - firstColumn + 1;
    }

    public boolean single() {
        return rows() == 1 && columns() == 1;
    }
}
