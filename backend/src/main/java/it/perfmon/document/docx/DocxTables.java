package it.perfmon.document.docx;

import it.perfmon.document.PublishedDocument.Align;
import it.perfmon.document.PublishedDocument.RowStyle;
import it.perfmon.document.PublishedDocument.Table;
import it.perfmon.document.PublishedDocument.TableCell;
import it.perfmon.document.PublishedDocument.TableRow;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table of the model as a Word table. The model lists in each row only the cells that start there; Word wants
 * every row to cover the whole grid, so a cell spanning rows is repeated below as a continuation of a vertical merge,
 * and one spanning columns is one cell with a grid span.
 */
final class DocxTables {

    private static final String HEADING_SHADE = "D9E2F3";
    private static final String TOTAL_SHADE = "F2F2F2";

    private DocxTables() {
    }

    static void write(XWPFDocument document, Table model, int textWidth) {
        if (model.caption() != null && !model.caption().isBlank()) {
            XWPFParagraph caption = document.createParagraph();
            caption.setStyle(DocxStyles.CAPTION);
            caption.createRun().setText(model.caption());
        }
        XWPFTable table = document.createTable();
        table.removeRow(0);
        int[] widths = columnWidths(model.widths(), textWidth);
        layout(table, model, widths, textWidth);
        int columns = widths.length;
        // For each column, the rows still covered by a cell above and that cell's column span.
        int[] coveredRows = new int[columns];
        int[] coveringSpan = new int[columns];
        for (int r = 0; r < model.rows().size(); r++) {
            TableRow source = model.rows().get(r);
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            if (r < model.headingRows()) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            List<TableCell> cells = source.cells();
            int next = 0;
            int column = 0;
            while (column < columns) {
                if (coveredRows[column] > 0) {
                    int span = coveringSpan[column];
                    XWPFTableCell continuation = cell(row, widths, column, span);
                    continuation.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    shade(continuation, source.style());
                    for (int c = column; c < column + span; c++) {
                        coveredRows[c]--;
                    }
                    column += span;
                    continue;
                }
                TableCell content = next < cells.size() ? cells.get(next++) : TableCell.of("");
                int span = Math.min(content.columnSpan(), columns - column);
                XWPFTableCell cell = cell(row, widths, column, span);
                if (content.rowSpan() > 1) {
                    cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    for (int c = column; c < column + span; c++) {
                        coveredRows[c] = content.rowSpan() - 1;
                        coveringSpan[c] = span;
                    }
                }
                fill(cell, content, source.style());
                column += span;
            }
        }
        // Word joins two tables that follow each other; a paragraph between them keeps them apart.
        document.createParagraph().setStyle(DocxStyles.TABLE_TEXT);
    }

    private static void layout(XWPFTable table, Table model, int[] widths, int textWidth) {
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (model.caption() != null && !model.caption().isBlank()) {
            properties.addNewTblCaption().setVal(model.caption());
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "808080");
        table.setCellMargins(40, 80, 40, 80);
    }

    /** Twentieths of a point per column, in proportion to the model's relative widths, filling the text width. */
    static int[] columnWidths(List<Integer> relative, int textWidth) {
        int total = relative.stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[relative.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = textWidth * relative.get(i) / total;
            used += widths[i];
        }
        widths[widths.length - 1] += textWidth - used;
        return widths;
    }

    private static XWPFTableCell cell(XWPFTableRow row, int[] widths, int column, int span) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int width = 0;
        for (int c = column; c < column + span; c++) {
            width += widths[c];
        }
        CTTblWidth w = properties.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (span > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        return cell;
    }

    private static void fill(XWPFTableCell cell, TableCell content, RowStyle style) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        paragraph.setStyle(DocxStyles.TABLE_TEXT);
        paragraph.setAlignment(style == RowStyle.HEADING ? ParagraphAlignment.CENTER : alignment(content.align()));
        boolean bold = style != RowStyle.BODY || content.rowHeader();
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        DocxText.set(run, content.text());
        shade(cell, style);
    }

    private static void shade(XWPFTableCell cell, RowStyle style) {
        if (style == RowStyle.HEADING) {
            cell.setColor(HEADING_SHADE);
        } else if (style == RowStyle.TOTAL) {
            cell.setColor(TOTAL_SHADE);
        }
    }

    private static ParagraphAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        };
    }
}
