package it.perfmon.allegato.xlsx;

import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.allegato.table.Cell;
import it.perfmon.allegato.table.Grid;
import it.perfmon.allegato.table.Merge;
import it.perfmon.allegato.table.Row;
import it.perfmon.allegato.table.RowKind;
import it.perfmon.common.FormulaText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Allegato A as an Excel workbook: sheet "Allegato A", then one sheet per timeline. Percentages are numbers
 * formatted 0.00% (the exact value is kept, only the display rounds), dates are dates formatted dd/mm/yyyy, and
 * every text is a string cell, never a formula; a text that looks like one is also marked quote-prefixed, so that
 * a person editing the cell in Excel or LibreOffice keeps it text.
 */
public final class AllegatoXlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final short BODY_POINTS = 9;
    /**
     * Columns span this many characters in all, so that printing fit to the width of landscape A4 shows the
     * 9-point body at about 7 points, as the PDF does; wider sheets print too small to read.
     */
    static final int SHEET_WIDTH = 190;

    private AllegatoXlsxWriter() {
    }

    public static void write(AllegatoTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(table.documentTitle());
            workbook.getProperties().getCoreProperties().setCreator(table.organisationName());
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            sheet(workbook, styles, table, table.main(), names);
            for (Grid timeline : table.timelines()) {
                sheet(workbook, styles, table, timeline, names);
            }
            workbook.write(out);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, AllegatoTable table, Grid grid, Set<String> names) {
        Sheet sheet = workbook.createSheet(uniqueName(grid.name(), names));
        List<Integer> widths = widths(grid);
        for (int c = 0; c < grid.columnCount(); c++) {
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = grid.rows().get(r);
            org.apache.poi.ss.usermodel.Row xlsxRow = sheet.createRow(r);
            for (int c = 0; c < grid.columnCount(); c++) {
                cell(xlsxRow.createCell(c), row.kind(), row.cell(c), styles);
            }
            xlsxRow.setHeightInPoints(RowHeights.points(grid, widths, r));
        }
        for (Merge merge : grid.merges()) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(merge.firstRow(), merge.lastRow(), merge.firstColumn(),
                    merge.lastColumn()));
        }
        sheet.createFreezePane(0, grid.headingRows());
        printSetup(sheet, table, grid);
    }

    /** Each column's width in characters, which the ODS export shares so that both files look alike. */
    public static List<Integer> columnWidths(Grid grid) {
        return widths(grid);
    }

    /** The sheet's name as the workbook gives it (safe and unique among names), shared with the ODS export. */
    public static String sheetName(String wanted, Set<String> names) {
        return uniqueName(wanted, names);
    }

    /** The grid's proportions scaled to {@link #SHEET_WIDTH} characters. */
    static List<Integer> widths(Grid grid) {
        double units = grid.widths().stream().mapToInt(Integer::intValue).sum();
        return grid.widths().stream().map(w -> (int) Math.max(3, Math.round(w * SHEET_WIDTH / units))).toList();
    }

    /** Landscape A4, as wide as the page and as long as needed, headings repeated on every page. */
    private static void printSetup(Sheet sheet, AllegatoTable table, Grid grid) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, grid.headingRows() - 1, -1, -1));
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        // & starts a code in header and footer texts, so a literal one is doubled.
        sheet.getHeader().setLeft(table.organisationName().replace("&", "&&"));
        sheet.getHeader().setRight(table.documentTitle().replace("&", "&&"));
        sheet.getFooter().setRight("Pagina &P di &N");
    }

    private static void cell(org.apache.poi.ss.usermodel.Cell target, RowKind kind, Cell value, Styles styles) {
        if (value instanceof Cell.Text text) {
            target.setCellValue(text.value());
            target.setCellStyle(styles.of(kind, Kind.TEXT, FormulaText.looksLikeFormula(text.value())));
        } else if (value instanceof Cell.Percent percent) {
            target.setCellValue(percent.fraction().doubleValue());
            target.setCellStyle(styles.of(kind, Kind.PERCENT, false));
        } else if (value instanceof Cell.Day day) {
            target.setCellValue(day.date());
            target.setCellStyle(styles.of(kind, Kind.DATE, false));
        } else if (value instanceof Cell.Whole whole) {
            target.setCellValue(whole.value());
            target.setCellStyle(styles.of(kind, Kind.WHOLE, false));
        } else {
            target.setCellStyle(styles.of(kind, Kind.TEXT, false));
        }
    }

    private static String uniqueName(String wanted, Set<String> names) {
        String name = WorkbookUtil.createSafeSheetName(wanted);
        for (int n = 2; !names.add(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = WorkbookUtil.createSafeSheetName(wanted).substring(0, Math.min(name.length(), 31 - suffix.length()))
                    + suffix;
        }
        return name;
    }

    private enum Kind {
        TEXT, PERCENT, DATE, WHOLE
    }

    /** Workbooks hold at most 64,000 styles: one per combination, made on first use. */
    private static final class Styles {

        private final XSSFWorkbook workbook;
        private final Map<String, CellStyle> made = new HashMap<>();
        private final Font body;
        private final Font bold;
        private final Font title;
        private final Font note;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.body = font(BODY_POINTS, false, false);
            this.bold = font(BODY_POINTS, true, false);
            this.title = font((short) 12, true, false);
            this.note = font((short) 8, false, true);
        }

        private Font font(short points, boolean isBold, boolean italic) {
            Font font = workbook.createFont();
            font.setFontName("Arial");
            font.setFontHeightInPoints(points);
            font.setBold(isBold);
            font.setItalic(italic);
            return font;
        }

        CellStyle of(RowKind row, Kind kind, boolean quotePrefixed) {
            return made.computeIfAbsent(row + "/" + kind + "/" + quotePrefixed, key -> create(row, kind, quotePrefixed));
        }

        private CellStyle create(RowKind row, Kind kind, boolean quotePrefixed) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setQuotePrefixed(quotePrefixed);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            boolean framed = List.of(RowKind.GROUP_HEADING, RowKind.HEADING, RowKind.BODY, RowKind.TOTAL).contains(row);
            if (framed) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            switch (row) {
                case TITLE -> {
                    style.setFont(title);
                    style.setVerticalAlignment(VerticalAlignment.CENTER);
                }
                case GROUP_HEADING, HEADING -> {
                    style.setFont(bold);
                    style.setAlignment(HorizontalAlignment.CENTER);
                    style.setVerticalAlignment(VerticalAlignment.CENTER);
                    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                case TOTAL -> style.setFont(bold);
                case NOTE -> style.setFont(note);
                default -> style.setFont(body);
            }
            switch (kind) {
                case PERCENT -> {
                    style.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
                    style.setAlignment(HorizontalAlignment.RIGHT);
                }
                case DATE -> {
                    style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                    style.setAlignment(HorizontalAlignment.CENTER);
                }
                case WHOLE -> style.setAlignment(HorizontalAlignment.CENTER);
                default -> {
                }
            }
            return style;
        }
    }
}
