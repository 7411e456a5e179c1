package it.perfmon.allegato.xlsx;

import it.perfmon.allegato.table.Cell;
import it.perfmon.allegato.table.Grid;
import it.perfmon.allegato.table.ItalianText;
import it.perfmon.allegato.table.Merge;
import it.perfmon.allegato.table.RowKind;
import java.util.List;

/**
 * Estimates each row's height from its wrapped texts. Excel does not grow rows to fit wrapped text when it opens a
 * file (LibreOffice does), so without this the long notes of the Allegato would print cut to one line.
 */
final class RowHeights {

    private static final float LINE_POINTS = 11.5f;
    private static final float MAX_POINTS = 409f; // Excel's limit
    // Column widths count digits of the default 11-point Calibri; a line of 9-point Arial text holds more characters.
    private static final double CHARACTERS_PER_WIDTH = 1.25;

    private RowHeights() {
    }

    static float points(Grid grid, List<Integer> widths, int row) {
        RowKind kind = grid.rows().get(row).kind();
        if (kind == RowKind.TITLE) {
            return 22f;
        }
        if (kind == RowKind.SPACER) {
            return 8f;
        }
        int lines = 1;
        for (int column = 0; column < grid.columnCount(); column++) {
            Cell cell = grid.cell(row, column);
            if (cell instanceof Cell.Merged) {
                continue;
            }
            Merge merge = mergeAt(grid, row, column);
            int width = 0;
            int lastColumn = merge == null ? column : merge.lastColumn();
            for (int c = column; c <= lastColumn; c++) {
                width += widths.get(c);
            }
            int spannedRows = merge == null ? 1 : merge.rows();
            lines = Math.max(lines, (int) Math.ceil(lines(ItalianText.of(cell), width) / (double) spannedRows));
        }
        return Math.min(MAX_POINTS, lines * LINE_POINTS + 3f);
    }

    private static int lines(String text, int width) {
        double perLine = Math.max(1, width * CHARACTERS_PER_WIDTH);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / perLine));
        }
        return lines;
    }

    private static Merge mergeAt(Grid grid, int row, int column) {
        for (Merge merge : grid.merges()) {
            if (merge.firstRow() == row && merge.firstColumn() == column) {
                return merge;
            }
        }
        return null;
    }
}
