package it.perfmon.allegato.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.allegato.table.Cell;
import it.perfmon.allegato.table.Grid;
import it.perfmon.allegato.table.ItalianText;
import it.perfmon.allegato.table.Merge;
import it.perfmon.allegato.table.Row;
import it.perfmon.allegato.table.RowKind;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the Allegato A as a PDF for publication: A4 landscape, the main table and then each timeline on a page of
 * its own, table headings repeated on every page, and on every page the agency, the document's title, the date of
 * generation and "Pagina X di Y". The font is embedded (Liberation Sans, shipped inside OpenPDF), so accents,
 * typographic apostrophes and dashes show the same in every reader.
 */
public final class AllegatoPdfWriter {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final float BODY_POINTS = 7f;
    private static final Color HEADING_FILL = new Color(0xD9, 0xD9, 0xD9);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);

    private static final float PADDING = 2.5f;
    private static final float SMALLEST_HEADING_POINTS = 5f;

    private final Fonts fonts;
    private final float tableWidth;

    private AllegatoPdfWriter(Fonts fonts, float tableWidth) {
        this.fonts = fonts;
        this.tableWidth = tableWidth;
    }

    public static void write(AllegatoTable table, ZonedDateTime generatedAt, OutputStream out) throws IOException {
        // A landscape media box rather than a rotated portrait one, which some tools and printers handle badly.
        Document document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 46, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            Fonts fonts = new Fonts(BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, FONT_BYTES, null));
            writer.setPageEvent(new PageDecorations(table, generatedAt, fonts.base()));
            document.addTitle(table.documentTitle());
            document.addAuthor(table.organisationName());
            document.addSubject(table.title());
            document.addCreator("perfmon");
            document.open();
            new AllegatoPdfWriter(fonts, document.right() - document.left()).content(document, table);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF non generato: " + e.getMessage(), e);
        }
    }

    private void content(Document document, AllegatoTable table) throws DocumentException {
        document.add(table(table.main(), null));
        for (Grid timeline : table.timelines()) {
            document.newPage();
            document.add(table(timeline, timeline.name()));
        }
    }

    /** The grid as a table whose headings repeat on every page it spans, under the heading given, if any. */
    private PdfPTable table(Grid grid, String heading) {
        float[] widths = new float[grid.columnCount()];
        float units = grid.widths().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < widths.length; c++) {
            widths[c] = grid.widths().get(c) * tableWidth / units;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        // Rows holding long notes may be taller than what is left of a page: split them rather than leave gaps.
        table.setSplitLate(false);
        Map<Long, Merge> mergesByCorner = new HashMap<>();
        for (Merge merge : grid.merges()) {
            mergesByCorner.put(key(merge.firstRow(), merge.firstColumn()), merge);
        }
        if (heading != null) {
            table.addCell(title(heading, grid.columnCount()));
        }
        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = grid.rows().get(r);
            if (row.kind() == RowKind.TITLE) {
                table.addCell(title(ItalianText.of(row.cell(0)), grid.columnCount()));
                continue;
            }
            for (int c = 0; c < grid.columnCount(); c++) {
                Cell cell = row.cell(c);
                if (!(cell instanceof Cell.Merged)) {
                    Merge merge = mergesByCorner.get(key(r, c));
                    float width = 0;
                    for (int spanned = c; spanned <= (merge == null ? c : merge.lastColumn()); spanned++) {
                        width += widths[spanned];
                    }
                    table.addCell(cell(row.kind(), cell, merge, width));
                }
            }
        }
        table.setHeaderRows(grid.headingRows() + (heading == null ? 0 : 1));
        return table;
    }

    private PdfPCell title(String text, int columns) {
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.heading()));
        cell.setColspan(columns);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingBottom(6);
        return cell;
    }

    private PdfPCell cell(RowKind kind, Cell value, Merge merge, float width) {
        String text = ItalianText.of(value);
        Font font = switch (kind) {
            case GROUP_HEADING, HEADING -> fonts.bold(headingPoints(text, width - 2 * PADDING));
            case TOTAL -> fonts.bold(BODY_POINTS);
            case NOTE -> fonts.note();
            default -> fonts.body();
        };
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        if (merge != null) {
            cell.setColspan(merge.columns());
            cell.setRowspan(merge.rows());
        }
        cell.setPadding(PADDING);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        switch (kind) {
            case GROUP_HEADING, HEADING -> {
                cell.setBackgroundColor(HEADING_FILL);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            }
            case TOTAL -> cell.setBackgroundColor(TOTAL_FILL);
            case SPACER, NOTE -> cell.setBorder(PdfPCell.NO_BORDER);
            default -> {
            }
        }
        if (value instanceof Cell.Percent) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        } else if (value instanceof Cell.Day || value instanceof Cell.Whole) {
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        if (kind == RowKind.SPACER) {
            cell.setFixedHeight(6);
        }
        return cell;
    }

    /** Headings of narrow columns get a smaller font rather than words broken in two ("Responsa-bile"). */
    private float headingPoints(String text, float width) {
        float longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, fonts.base().getWidthPoint(word, 1f));
        }
        // The outline that draws bold widens every glyph a little.
        float fitting = longest == 0 ? BODY_POINTS : width / (longest * 1.06f);
        return Math.max(SMALLEST_HEADING_POINTS, Math.min(BODY_POINTS, fitting));
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static byte[] fontBytes() {
        try (InputStream in = BaseFont.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " not found in OpenPDF");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One embedded face; bold is drawn by OpenPDF with a thin outline, since the fallback font has no bold file. */
    record Fonts(BaseFont base) {

        Font body() {
            return new Font(base, BODY_POINTS, Font.NORMAL);
        }

        Font bold(float points) {
            return new Font(base, points, Font.BOLD);
        }

        Font note() {
            return new Font(base, BODY_POINTS, Font.ITALIC);
        }

        Font heading() {
            return new Font(base, 10f, Font.BOLD);
        }
    }
}
