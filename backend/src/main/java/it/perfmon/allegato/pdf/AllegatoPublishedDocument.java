package it.perfmon.allegato.pdf;

import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.allegato.table.Cell;
import it.perfmon.allegato.table.Grid;
import it.perfmon.allegato.table.ItalianText;
import it.perfmon.allegato.table.Merge;
import it.perfmon.allegato.table.Row;
import it.perfmon.allegato.table.RowKind;
import it.perfmon.document.PublishedDocument;
import it.perfmon.document.PublishedDocument.Align;
import it.perfmon.document.PublishedDocument.Block;
import it.perfmon.document.PublishedDocument.Heading;
import it.perfmon.document.PublishedDocument.PageBreak;
import it.perfmon.document.PublishedDocument.Paragraph;
import it.perfmon.document.PublishedDocument.RowStyle;
import it.perfmon.document.PublishedDocument.Table;
import it.perfmon.document.PublishedDocument.TableCell;
import it.perfmon.document.PublishedDocument.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Allegato A as a published document: the title line becomes the first heading, each timeline is headed by its
 * name on a page of its own, merged regions become spanning cells, the objective's code (main table) and the phase's
 * number (timelines) head their rows, and the footnote follows its table as a note.
 */
final class AllegatoPublishedDocument {

    /** Column C of the main table: the objective's code. */
    private static final int MAIN_ROW_HEADER = 2;
    /** Column A of a timeline: the phase's number. */
    private static final int TIMELINE_ROW_HEADER = 0;

    private AllegatoPublishedDocument() {
    }

    static PublishedDocument of(AllegatoTable allegato) {
        List<Block> blocks = new ArrayList<>(grid(allegato.main(), 1, MAIN_ROW_HEADER));
        for (Grid timeline : allegato.timelines()) {
            blocks.add(new PageBreak());
            blocks.add(new Heading(2, timeline.name()));
            blocks.addAll(grid(timeline, 3, TIMELINE_ROW_HEADER));
        }
        return new PublishedDocument(allegato.documentTitle(),
                allegato.organisationName() + " (" + allegato.organisationCode() + ")", allegato.title(), "it-IT",
                true, blocks);
    }

    /** The grid's title rows as headings, its table, then its notes; spacers only made room. */
    private static List<Block> grid(Grid grid, int titleLevel, int rowHeaderColumn) {
        List<Block> before = new ArrayList<>();
        List<Block> after = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = grid.rows().get(r);
            switch (row.kind()) {
                case TITLE -> before.add(new Heading(titleLevel, ItalianText.of(row.cell(0))));
                case NOTE -> after.add(new Paragraph(ItalianText.of(row.cell(0)), true));
                case SPACER -> {
                }
                default -> kept.add(r);
            }
        }
        Map<Long, Merge> mergesByCorner = new HashMap<>();
        for (Merge merge : grid.merges()) {
            mergesByCorner.put(key(merge.firstRow(), merge.firstColumn()), merge);
        }
        List<TableRow> rows = new ArrayList<>();
        int headingRows = 0;
        for (int r : kept) {
            Row row = grid.rows().get(r);
            boolean heading = row.kind() == RowKind.GROUP_HEADING || row.kind() == RowKind.HEADING;
            if (heading && rows.size() == headingRows) {
                headingRows++;
            }
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < grid.columnCount(); c++) {
                Cell cell = row.cell(c);
                if (cell instanceof Cell.Merged) {
                    continue;
                }
                Merge merge = mergesByCorner.get(key(r, c));
                int columnSpan = merge == null ? 1 : merge.columns();
                int rowSpan = merge == null ? 1 : (int) kept.stream()
                        .filter(k -> k >= merge.firstRow() && k <= merge.lastRow()).count();
                String text = ItalianText.of(cell);
                boolean rowHeader = !heading && c == rowHeaderColumn && !text.isBlank();
                cells.add(new TableCell(text, columnSpan, Math.max(1, rowSpan), align(heading, cell), rowHeader));
                c += columnSpan - 1;
            }
            rows.add(new TableRow(style(row.kind()), cells));
        }
        List<Block> blocks = new ArrayList<>(before);
        blocks.add(new Table(null, grid.widths(), rows, headingRows));
        blocks.addAll(after);
        return blocks;
    }

    private static RowStyle style(RowKind kind) {
        return switch (kind) {
            case GROUP_HEADING, HEADING -> RowStyle.HEADING;
            case TOTAL -> RowStyle.TOTAL;
            default -> RowStyle.BODY;
        };
    }

    private static Align align(boolean heading, Cell cell) {
        if (heading) {
            return Align.CENTER;
        }
        if (cell instanceof Cell.Percent) {
            return Align.RIGHT;
        }
        return cell instanceof Cell.Day || cell instanceof Cell.Whole ? Align.CENTER : Align.LEFT;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
