package it.perfmon.allegato.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects rows and merged regions; merging marks the covered cells, so the grid stays a plain rectangle. */
final class GridBuilder {

    private final int columns;
    private final List<RowKind> kinds = new ArrayList<>();
    private final List<Cell[]> cells = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();

    GridBuilder(int columns) {
        this.columns = columns;
    }

    /** The index of the new row; cells not given are blank. */
    int add(RowKind kind, Cell... values) {
        if (values.length > columns) {
            throw new IllegalArgumentException(values.length + " cells for " + columns + " columns");
        }
        Cell[] row = new Cell[columns];
        Arrays.fill(row, Cell.BLANK);
        System.arraycopy(values, 0, row, 0, values.length);
        kinds.add(kind);
        cells.add(row);
        return cells.size() - 1;
    }

    void set(int row, int column, Cell value) {
        cells.get(row)[column] = value;
    }

    int rowCount() {
        return cells.size();
    }

    /** Merges the region unless it is a single cell; every cell but the top-left one becomes {@link Cell#MERGED}. */
    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        Merge merge = new Merge(firstRow, lastRow, firstColumn, lastColumn);
        if (merge.single()) {
            return;
        }
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                if (r != firstRow || c != firstColumn) {
                    cells.get(r)[c] = Cell.MERGED;
                }
            }
        }
        merges.add(merge);
    }

    Grid build(String name, List<Integer> widths, int headingRows) {
        if (widths.size() != columns) {
            throw new IllegalArgumentException(widths.size() + " widths for " + columns + " columns");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new Row(kinds.get(i), List.of(cells.get(i))));
        }
        return new Grid(name, widths, rows, merges, headingRows);
    }
}
