package it.perfmon.document.pdf;

import it.perfmon.document.PublishedDocument;
import it.perfmon.document.PublishedDocument.RowStyle;
import it.perfmon.document.PublishedDocument.Table;
import it.perfmon.document.PublishedDocument.TableCell;
import it.perfmon.document.PublishedDocument.TableRow;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Lays a table out over as many pages as it needs. Rows are kept whole when they fit on a page and split between
 * lines when they do not; a cell spanning rows flows its lines over every page it reaches. The heading rows are
 * tagged as headers once and drawn again, as artifacts, at the top of every following page, under the name of what
 * continues.
 */
final class TableWriter {

    private static final float PADDING = 2.5f;
    private static final float SMALLEST_HEADING_POINTS = 5f;
    private static final float CAPTION_POINTS = 9f;
    private static final float CONTINUED_POINTS = 7.5f;
    private static final Color HEADING_FILL = new Color(0xD9, 0xD9, 0xD9);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);

    private final AccessiblePdfWriter page;
    private final Typeface face;
    private final Table table;
    private final String continued;
    private final float points;
    private final float[] columnX;
    private final float[] columnWidth;
    private final int headingRows;
    private final List<Placed> cells = new ArrayList<>();
    private float[] rowHeight;

    /** A cell where it lands in the grid, its lines already wrapped, and its structure element. */
    private record Placed(TableCell cell, RowStyle style, int row, int column, int rowSpan, int columnSpan, float x,
            float width, float size, boolean bold, List<String> lines, boolean header) {

        int lastRow() {
            return row + rowSpan - 1;
        }

        float leading() {
            return size * Typeface.LEADING;
        }
    }

    /** A part of a row on one page. */
    private record Piece(int row, float height) {
    }

    TableWriter(AccessiblePdfWriter page, Table table, String lastHeading) {
        this.page = page;
        this.face = page.face();
        this.table = table;
        String name = table.caption() != null && !table.caption().isBlank() ? table.caption() : lastHeading;
        this.continued = name == null ? null : name + " (segue)";
        int columns = Math.max(1, table.widths().size());
        // Wide tables get a smaller body so that their columns keep readable words.
        this.points = columns > 6 ? 7f : 9f;
        this.headingRows = Math.min(table.headingRows(), table.rows().size());
        columnX = new float[columns];
        columnWidth = new float[columns];
        float units = 0;
        for (int c = 0; c < columns; c++) {
            units += weight(c);
        }
        float x = page.left();
        for (int c = 0; c < columns; c++) {
            columnX[c] = x;
            columnWidth[c] = weight(c) * page.width() / units;
            x += columnWidth[c];
        }
        place();
    }

    private float weight(int column) {
        return column < table.widths().size() ? Math.max(1, table.widths().get(column)) : 1;
    }

    /** Puts every cell in the first free column of its row, as HTML does, and measures the rows. */
    private void place() {
        int columns = columnX.length;
        int rows = table.rows().size();
        boolean[][] taken = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            TableRow row = table.rows().get(r);
            int c = 0;
            for (TableCell cell : row.cells()) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c >= columns) {
                    break;
                }
                int columnSpan = Math.min(cell.columnSpan(), columns - c);
                int rowSpan = Math.min(cell.rowSpan(), r < headingRows ? headingRows - r : rows - r);
                for (int rr = r; rr < r + rowSpan; rr++) {
                    for (int cc = c; cc < c + columnSpan; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                float width = columnX[c + columnSpan - 1] + columnWidth[c + columnSpan - 1] - columnX[c];
                boolean heading = r < headingRows;
                boolean bold = heading || row.style() == RowStyle.HEADING || row.style() == RowStyle.TOTAL;
                float size = points;
                if (heading || row.style() == RowStyle.HEADING) {
                    // Headings of narrow columns get a smaller font rather than words broken in two.
                    float longest = face.longestWord(cell.text(), 1f, true);
                    size = longest == 0 ? points
                            : Math.max(SMALLEST_HEADING_POINTS, Math.min(points, (width - 2 * PADDING) / longest));
                }
                List<String> lines = face.wrap(cell.text(), size, bold, width - 2 * PADDING);
                cells.add(new Placed(cell, heading ? RowStyle.HEADING : row.style(), r, c, rowSpan, columnSpan,
                        columnX[c], width, size, bold, lines, heading || cell.rowHeader()));
                c += columnSpan;
            }
        }
        rowHeight = new float[rows];
        for (int r = 0; r < rows; r++) {
            rowHeight[r] = points * Typeface.LEADING + 2 * PADDING;
        }
        List<Placed> bySpan = new ArrayList<>(cells);
        bySpan.sort((a, b) -> Integer.compare(a.rowSpan(), b.rowSpan()));
        for (Placed cell : bySpan) {
            float needed = cell.lines().size() * cell.leading() + 2 * PADDING;
            float available = 0;
            for (int r = cell.row(); r <= cell.lastRow(); r++) {
                available += rowHeight[r];
            }
            if (needed > available) {
                rowHeight[cell.lastRow()] += needed - available;
            }
        }
    }

    void write(PDStructureElement parent) throws IOException {
        PDStructureElement element = Tagging.element("Table", parent);
        PDStructureElement caption = table.caption() == null || table.caption().isBlank() ? null
                : Tagging.element("Caption", element);
        List<PDStructureElement> structure = structure(element);

        float headings = 0;
        for (int r = 0; r < headingRows; r++) {
            headings += rowHeight[r];
        }
        List<String> captionLines = caption == null ? List.of()
                : face.wrap(table.caption(), CAPTION_POINTS, true, page.width());
        float captionHeight = captionLines.size() * CAPTION_POINTS * Typeface.LEADING + 3;
        float firstBody = headingRows < rowHeight.length ? Math.min(rowHeight[headingRows], 4 * points * 1.2f) : 0;
        // The caption and the headings are kept with the first row.
        page.ensure(captionHeight + headings + firstBody);
        if (caption != null) {
            drawCaption(caption, captionLines);
        }
        float continuedHeight = continued == null ? 0 : CONTINUED_POINTS * Typeface.LEADING + 3;
        float bodySpace = page.pageHeight() - continuedHeight - headings;
        List<List<Piece>> slices = paginate(page.y() - page.bottom() - headings, bodySpace);
        for (int attempt = 0; attempt < 40; attempt++) {
            if (!grewForOverflow(slices)) {
                break;
            }
            slices = paginate(page.y() - page.bottom() - headings, bodySpace);
        }
        int[][] flow = flow(slices);
        for (int s = 0; s < slices.size(); s++) {
            if (s > 0) {
                page.newPage();
                if (continued != null) {
                    drawContinued();
                }
            }
            float top = page.y();
            drawHeadings(top, s == 0, structure);
            drawSlice(slices.get(s), s, top - headings, flow, structure);
            float used = headings;
            for (Piece piece : slices.get(s)) {
                used += piece.height();
            }
            page.y(top - used);
        }
        page.y(page.y() - 8);
    }

    /** The table's rows and cells as structure elements, in reading order, created before any is drawn. */
    private List<PDStructureElement> structure(PDStructureElement table) {
        List<PDStructureElement> rows = new ArrayList<>();
        for (int r = 0; r < this.table.rows().size(); r++) {
            rows.add(Tagging.element("TR", table));
        }
        List<PDStructureElement> elements = new ArrayList<>();
        for (Placed cell : cells) {
            PDStructureElement element = Tagging.element(cell.header() ? "TH" : "TD", rows.get(cell.row()));
            PDTableAttributeObject attributes = new PDTableAttributeObject();
            if (cell.header()) {
                attributes.setScope(cell.row() < headingRows ? PDTableAttributeObject.SCOPE_COLUMN
                        : PDTableAttributeObject.SCOPE_ROW);
            }
            if (cell.rowSpan() > 1) {
                attributes.setRowSpan(cell.rowSpan());
            }
            if (cell.columnSpan() > 1) {
                attributes.setColSpan(cell.columnSpan());
            }
            if (cell.header() || cell.rowSpan() > 1 || cell.columnSpan() > 1) {
                element.addAttribute(attributes);
            }
            elements.add(element);
        }
        return elements;
    }

    /**
     * Body rows over pages: the first has the space given, the others a whole page. A row that does not fit goes to
     * the next page, unless no page could hold it or a good part of this page would stay empty: then it is split
     * where this page ends.
     */
    private List<List<Piece>> paginate(float firstSpace, float fullSpace) {
        List<List<Piece>> slices = new ArrayList<>();
        List<Piece> slice = new ArrayList<>();
        float space = firstSpace;
        float smallest = 2 * points * Typeface.LEADING + 2 * PADDING;
        for (int r = headingRows; r < rowHeight.length; r++) {
            float remaining = rowHeight[r];
            while (remaining > 0.01f) {
                if (remaining <= space + 0.01f) {
                    slice.add(new Piece(r, remaining));
                    space -= remaining;
                    remaining = 0;
                } else if ((slice.isEmpty() || remaining > fullSpace || space >= fullSpace / 4) && space >= smallest) {
                    slice.add(new Piece(r, space));
                    remaining -= space;
                    space = 0;
                } else {
                    slices.add(slice);
                    slice = new ArrayList<>();
                    space = fullSpace;
                }
            }
        }
        slices.add(slice);
        return slices;
    }

    /** The height a cell has on each page it reaches: its rows' pieces there, from its first row to its last. */
    private float[] segments(Placed cell, List<List<Piece>> slices) {
        float[] heights = new float[slices.size()];
        for (int s = 0; s < slices.size(); s++) {
            for (Piece piece : slices.get(s)) {
                if (piece.row() >= cell.row() && piece.row() <= cell.lastRow()) {
                    heights[s] += piece.height();
                }
            }
        }
        return heights;
    }

    /** How many of each body cell's lines go on each page; rows are grown where a cell's lines overflow. */
    private int[][] flow(List<List<Piece>> slices) {
        int[][] flow = new int[cells.size()][];
        for (int i = 0; i < cells.size(); i++) {
            Placed cell = cells.get(i);
            flow[i] = new int[slices.size() + 1];
            if (cell.row() < headingRows) {
                continue;
            }
            float[] heights = segments(cell, slices);
            int remaining = cell.lines().size();
            for (int s = 0; s < heights.length; s++) {
                int capacity = heights[s] <= 0 ? 0
                        : (int) Math.floor((heights[s] - 2 * PADDING) / cell.leading() + 0.001f);
                int taken = Math.max(0, Math.min(remaining, capacity));
                flow[i][s] = taken;
                remaining -= taken;
            }
            flow[i][slices.size()] = remaining;
        }
        return flow;
    }

    private boolean grewForOverflow(List<List<Piece>> slices) {
        int[][] flow = flow(slices);
        boolean grew = false;
        for (int i = 0; i < cells.size(); i++) {
            int overflow = flow[i][slices.size()];
            if (overflow > 0) {
                rowHeight[cells.get(i).lastRow()] += overflow * cells.get(i).leading() + 2 * PADDING;
                grew = true;
            }
        }
        return grew;
    }

    private void drawCaption(PDStructureElement caption, List<String> lines) throws IOException {
        float top = page.y();
        page.tagging().tagged(caption, page.page(), page.stream(), () -> {
            float baseline = top - CAPTION_POINTS * Typeface.ASCENT;
            for (String line : lines) {
                page.stream().setNonStrokingColor(AccessiblePdfWriter.TEXT);
                page.stream().setStrokingColor(AccessiblePdfWriter.TEXT);
                face.show(page.stream(), line, page.left(), baseline, CAPTION_POINTS, true);
                baseline -= CAPTION_POINTS * Typeface.LEADING;
            }
        });
        page.y(top - lines.size() * CAPTION_POINTS * Typeface.LEADING - 3);
    }

    private void drawContinued() throws IOException {
        float top = page.y();
        String line = face.printable(continued);
        Tagging.artifact(page.stream(), () -> {
            page.stream().setNonStrokingColor(AccessiblePdfWriter.FURNITURE);
            face.show(page.stream(), line, page.left(), top - CONTINUED_POINTS * Typeface.ASCENT, CONTINUED_POINTS,
                    false);
        });
        page.y(top - CONTINUED_POINTS * Typeface.LEADING - 3);
    }

    /** The heading rows: content the first time, artifacts when repeated. */
    private void drawHeadings(float top, boolean first, List<PDStructureElement> structure) throws IOException {
        float[] rowTop = new float[headingRows + 1];
        rowTop[0] = top;
        for (int r = 0; r < headingRows; r++) {
            rowTop[r + 1] = rowTop[r] - rowHeight[r];
        }
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Placed cell = cells.get(i);
            if (cell.row() < headingRows) {
                float height = rowTop[cell.row()] - rowTop[cell.lastRow() + 1];
                boxes.add(new Box(i, rowTop[cell.row()], height, 0, cell.lines().size(), false));
            }
        }
        drawBoxes(boxes, first, structure);
    }

    private void drawSlice(List<Piece> slice, int index, float top, int[][] flow, List<PDStructureElement> structure)
            throws IOException {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Placed cell = cells.get(i);
            if (cell.row() < headingRows) {
                continue;
            }
            float y = top;
            float boxTop = Float.NaN;
            float height = 0;
            for (Piece piece : slice) {
                if (piece.row() >= cell.row() && piece.row() <= cell.lastRow()) {
                    if (Float.isNaN(boxTop)) {
                        boxTop = y;
                    }
                    height += piece.height();
                }
                y -= piece.height();
            }
            if (!Float.isNaN(boxTop)) {
                int from = 0;
                for (int s = 0; s < index; s++) {
                    from += flow[i][s];
                }
                int to = from + flow[i][index];
                if (index == flow[i].length - 2) {
                    to += flow[i][index + 1];
                }
                if (from == to && from > 0 && cell.rowSpan() > 1) {
                    // A cell spanning rows whose text stayed on an earlier page is recalled, as an artifact, so
                    // that its rows here still show what they belong to.
                    int fitting = (int) Math.floor((height - 2 * PADDING) / cell.leading() + 0.001f);
                    boxes.add(new Box(i, boxTop, height, 0, Math.max(0, Math.min(fitting, from)), true));
                } else {
                    boxes.add(new Box(i, boxTop, height, from, Math.min(to, cell.lines().size()), false));
                }
            }
        }
        drawBoxes(boxes, true, structure);
    }

    /** A cell's part on a page, and which of its lines it shows. */
    private record Box(int cell, float top, float height, int fromLine, int toLine, boolean recalled) {
    }

    private void drawBoxes(List<Box> boxes, boolean content, List<PDStructureElement> structure) throws IOException {
        PDPageContentStream stream = page.stream();
        Tagging.artifact(stream, () -> {
            for (Box box : boxes) {
                Placed cell = cells.get(box.cell());
                Color fill = cell.style() == RowStyle.HEADING ? HEADING_FILL
                        : cell.style() == RowStyle.TOTAL ? TOTAL_FILL : null;
                if (fill != null) {
                    stream.setNonStrokingColor(fill);
                    stream.addRect(cell.x(), box.top() - box.height(), cell.width(), box.height());
                    stream.fill();
                }
            }
            stream.setStrokingColor(AccessiblePdfWriter.RULE);
            stream.setLineWidth(0.5f);
            for (Box box : boxes) {
                Placed cell = cells.get(box.cell());
                stream.addRect(cell.x(), box.top() - box.height(), cell.width(), box.height());
            }
            stream.stroke();
        });
        for (Box box : boxes) {
            Placed cell = cells.get(box.cell());
            List<String> lines = cell.lines().subList(box.fromLine(), Math.max(box.fromLine(), box.toLine()));
            if (lines.stream().allMatch(String::isEmpty)) {
                continue;
            }
            Tagging.Drawing text = () -> drawText(cell, box, lines,
                    box.recalled() ? AccessiblePdfWriter.FURNITURE : AccessiblePdfWriter.TEXT);
            if (content && !box.recalled()) {
                page.tagging().tagged(structure.get(box.cell()), page.page(), stream, text);
            } else {
                Tagging.artifact(stream, text);
            }
        }
    }

    private void drawText(Placed cell, Box box, List<String> lines, Color color) throws IOException {
        PDPageContentStream stream = page.stream();
        stream.setNonStrokingColor(color);
        stream.setStrokingColor(color);
        float offset = PADDING;
        if (cell.style() == RowStyle.HEADING && cell.rowSpan() > 1) {
            // Headings spanning rows are centred vertically in their box, by whole lines of the table's body so
            // that their baselines stay on those of their neighbours and text extraction keeps words whole.
            float line = points * Typeface.LEADING;
            float free = box.height() - 2 * PADDING - lines.size() * cell.leading();
            offset = PADDING + Math.max(0, (float) Math.floor(free / 2 / line) * line);
        }
        float baseline = box.top() - offset - cell.size() * Typeface.ASCENT;
        for (String line : lines) {
            if (!line.isEmpty()) {
                float width = face.width(line, cell.size(), cell.bold());
                float x = switch (cell.cell().align() == null ? PublishedDocument.Align.LEFT : cell.cell().align()) {
                    case CENTER -> cell.x() + (cell.width() - width) / 2;
                    case RIGHT -> cell.x() + cell.width() - PADDING - width;
                    default -> cell.x() + PADDING;
                };
                face.show(stream, line, x, baseline, cell.size(), cell.bold());
            }
            baseline -= cell.leading();
        }
    }

}
