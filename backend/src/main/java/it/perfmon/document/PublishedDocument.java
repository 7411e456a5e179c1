package it.perfmon.document;

import java.util.List;
import java.util.Objects;

/**
 * A document the agency publishes (the Allegato A, the Relazione sulla performance), independent of the file format:
 * headings, paragraphs, lists and tables in reading order. The accessible PDF and the DOCX are both written from it,
 * so the structure a screen reader meets is the one the author meant, in every format.
 *
 * @param title the document's title, shown by readers instead of the file name (PDF/UA requires one)
 * @param author the organisation publishing it
 * @param subject one line saying what it is
 * @param language a BCP 47 tag such as {@code it-IT}, so that screen readers pronounce it in Italian
 * @param landscape whether pages are A4 landscape (wide tables) rather than portrait
 * @param blocks the content in reading order
 */
public record PublishedDocument(
        String title, String author, String subject, String language, boolean landscape, List<Block> blocks) {

    public PublishedDocument {
        Objects.requireNonNull(title);
        Objects.requireNonNull(language);
        blocks = List.copyOf(blocks);
    }

    /** One piece of content. */
    public sealed interface Block permits Heading, Paragraph, BulletList, Table, PageBreak {
    }

    /** A heading; level 1 is the document's own title, 2 a section, and so on, without skipping levels. */
    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("Heading level " + level + " outside 1..6");
            }
        }
    }

    /** A paragraph of running text; {@code note} ones are set smaller, as remarks under a table. */
    public record Paragraph(String text, boolean note) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }
    }

    /** A list of items with bullets. */
    public record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /**
     * A table. {@code headingRows} rows at the top are column headings, repeated on every page the table spans.
     *
     * @param caption what the table is, read by screen readers before its cells (may be null)
     * @param widths each column's relative width
     * @param rows each row lists only the cells that start there: a cell spanning columns or rows covers the others
     */
    public record Table(String caption, List<Integer> widths, List<TableRow> rows, int headingRows) implements Block {
        public Table {
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
        }
    }

    /** Starts the next block on a new page. */
    public record PageBreak() implements Block {
    }

    /** A row of a table and what it is for, which decides its look. */
    public record TableRow(RowStyle style, List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    public enum RowStyle {
        /** Column headings: shaded, bold, centred; their cells are table headers with column scope. */
        HEADING,
        BODY,
        /** A total or summary row: lightly shaded, bold. */
        TOTAL
    }

    public enum Align {
        LEFT, CENTER, RIGHT
    }

    /**
     * One cell.
     *
     * @param rowHeader whether the cell heads its row (a table header with row scope), such as an objective's code
     */
    public record TableCell(String text, int columnSpan, int rowSpan, Align align, boolean rowHeader) {
        public TableCell {
            text = text == null ? "" : text;
            if (columnSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("A cell spans at least one row and one column");
            }
        }

        public static TableCell of(String text) {
            return new TableCell(text, 1, 1, Align.LEFT, false);
        }
    }
}
