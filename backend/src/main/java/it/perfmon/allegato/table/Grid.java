package it.perfmon.allegato.table;

import java.util.List;

/**
 * One table of the Allegato A (the main table or a timeline) as a rectangle of cells: every row has one cell per
 * column, the covered cells of merged regions included, so no writer ever has to shift anything.
 *
 * @param name the sheet's name, e.g. {@code Allegato A} or {@code ARTI crono 1}
 * @param widths each column's width in characters of the body font: XLSX uses them as they are, PDF as proportions
 * @param headingRows how many rows at the top are headings, frozen and repeated on every printed page
 */
public record Grid(String name, List<Integer> widths, List<Row> rows, List<Merge> merges, int headingRows) {

    public Grid {
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
        merges = List.copyOf(merges);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().size() != widths.size()) {
                throw new IllegalArgumentException(name + ": row " + (i + 1) + " has " + rows.get(i).cells().size()
                        + " cells for " + widths.size() + " columns");
            }
        }
        for (Merge merge : merges) {
            if (merge.lastRow() >= rows.size() || merge.lastColumn() >= widths.size()) {
                throw new IllegalArgumentException(name + ": merged region " + merge + " outside the table");
            }
        }
    }

    public int columnCount() {
        return widths.size();
    }

    public Cell cell(int row, int column) {
        return rows.get(row).cell(column);
    }
}
