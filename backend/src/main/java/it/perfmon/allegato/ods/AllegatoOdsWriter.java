package it.perfmon.allegato.ods;

import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.allegato.table.Cell;
import it.perfmon.allegato.table.Grid;
import it.perfmon.allegato.table.Merge;
import it.perfmon.allegato.table.Row;
import it.perfmon.allegato.table.RowKind;
import it.perfmon.allegato.xlsx.AllegatoXlsxWriter;
import it.perfmon.common.ods.OdsPackage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the Allegato A as an OpenDocument spreadsheet (OASIS ODF 1.3), the format LibreOffice saves by default:
 * the same sheets, cells, merged regions and column proportions as the XLSX. Percentages are percentage cells
 * formatted 0.00%, dates are date cells shown dd/mm/yyyy, and every text is a string cell: ODF keeps formulas in
 * an attribute of their own ({@code table:formula}), never written here, so a text starting with = stays text.
 * Written with the JDK's XML writer into {@link OdsPackage}: the package is a zip of a few XML parts the standard
 * describes, and the ODF Toolkit is not among the libraries this build can resolve.
 */
public final class AllegatoOdsWriter {

    public static final String MEDIA_TYPE = OdsPackage.MEDIA_TYPE;

    private static final String OFFICE = OdsPackage.OFFICE;
    private static final String TABLE = OdsPackage.TABLE;
    private static final String TEXT = OdsPackage.TEXT;
    private static final String STYLE = OdsPackage.STYLE;
    private static final String FO = OdsPackage.FO;
    private static final String NUMBER = OdsPackage.NUMBER;

    private AllegatoOdsWriter() {
    }

    public static void write(AllegatoTable table, OutputStream out) throws IOException {
        OdsPackage.write(out, table.documentTitle(), table.organisationName(), xml -> content(xml, table));
    }

    private static void content(XMLStreamWriter xml, AllegatoTable table) throws XMLStreamException {
        xml.writeStartElement("office", "document-content", OFFICE);
        for (String[] ns : new String[][] {{"office", OFFICE}, {"table", TABLE}, {"text", TEXT}, {"style", STYLE},
                {"fo", FO}, {"number", NUMBER}}) {
            xml.writeNamespace(ns[0], ns[1]);
        }
        xml.writeAttribute("office", OFFICE, "version", "1.3");
        List<Grid> grids = new java.util.ArrayList<>();
        grids.add(table.main());
        grids.addAll(table.timelines());
        Map<Integer, String> columnStyles = new HashMap<>();
        for (Grid grid : grids) {
            for (int width : AllegatoXlsxWriter.columnWidths(grid)) {
                columnStyles.putIfAbsent(width, "co" + width);
            }
        }
        styles(xml, columnStyles);
        xml.writeStartElement("office", "body", OFFICE);
        xml.writeStartElement("office", "spreadsheet", OFFICE);
        Set<String> names = new HashSet<>();
        for (Grid grid : grids) {
            sheet(xml, grid, AllegatoXlsxWriter.sheetName(grid.name(), names), columnStyles);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void styles(XMLStreamWriter xml, Map<Integer, String> columnStyles) throws XMLStreamException {
        xml.writeStartElement("office", "automatic-styles", OFFICE);
        xml.writeStartElement("number", "percentage-style", NUMBER);
        xml.writeAttribute("style", STYLE, "name", "Npct");
        xml.writeEmptyElement("number", "number", NUMBER);
        xml.writeAttribute("number", NUMBER, "decimal-places", "2");
        xml.writeAttribute("number", NUMBER, "min-decimal-places", "2");
        xml.writeAttribute("number", NUMBER, "min-integer-digits", "1");
        xml.writeStartElement("number", "text", NUMBER);
        xml.writeCharacters("%");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("number", "date-style", NUMBER);
        xml.writeAttribute("style", STYLE, "name", "Ndate");
        for (String part : new String[] {"day", "/", "month", "/", "year"}) {
            if (part.equals("/")) {
                xml.writeStartElement("number", "text", NUMBER);
                xml.writeCharacters("/");
                xml.writeEndElement();
            } else {
                xml.writeEmptyElement("number", part, NUMBER);
                xml.writeAttribute("number", NUMBER, "style", "long");
            }
        }
        xml.writeEndElement();
        for (Map.Entry<Integer, String> column : new java.util.TreeMap<>(columnStyles).entrySet()) {
            xml.writeStartElement("style", "style", STYLE);
            xml.writeAttribute("style", STYLE, "name", column.getValue());
            xml.writeAttribute("style", STYLE, "family", "table-column");
            xml.writeEmptyElement("style", "table-column-properties", STYLE);
            // XLSX widths are in characters of the default font, about 0.19 cm each at 9 points.
            xml.writeAttribute("style", STYLE, "column-width",
                    String.format(Locale.ROOT, "%.3fcm", column.getKey() * 0.19));
            xml.writeEndElement();
        }
        for (RowKind row : RowKind.values()) {
            for (Kind kind : Kind.values()) {
                cellStyle(xml, row, kind);
            }
        }
        xml.writeEndElement();
    }

    private enum Kind {
        TEXT, PERCENT, DATE, WHOLE
    }

    private static String styleName(RowKind row, Kind kind) {
        return "ce-" + row.name().toLowerCase(Locale.ROOT) + "-" + kind.name().toLowerCase(Locale.ROOT);
    }

    private static void cellStyle(XMLStreamWriter xml, RowKind row, Kind kind) throws XMLStreamException {
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", styleName(row, kind));
        xml.writeAttribute("style", STYLE, "family", "table-cell");
        if (kind == Kind.PERCENT) {
            xml.writeAttribute("style", STYLE, "data-style-name", "Npct");
        } else if (kind == Kind.DATE) {
            xml.writeAttribute("style", STYLE, "data-style-name", "Ndate");
        }
        boolean heading = row == RowKind.GROUP_HEADING || row == RowKind.HEADING;
        boolean framed = heading || row == RowKind.BODY || row == RowKind.TOTAL;
        xml.writeEmptyElement("style", "table-cell-properties", STYLE);
        xml.writeAttribute("fo", FO, "wrap-option", "wrap");
        xml.writeAttribute("style", STYLE, "vertical-align", heading || row == RowKind.TITLE ? "middle" : "top");
        if (framed) {
            xml.writeAttribute("fo", FO, "border", "0.5pt solid #000000");
        }
        if (heading) {
            xml.writeAttribute("fo", FO, "background-color", "#c0c0c0");
        }
        String align = heading || kind == Kind.DATE || kind == Kind.WHOLE ? "center"
                : kind == Kind.PERCENT ? "end" : null;
        if (align != null) {
            xml.writeEmptyElement("style", "paragraph-properties", STYLE);
            xml.writeAttribute("fo", FO, "text-align", align);
        }
        xml.writeEmptyElement("style", "text-properties", STYLE);
        xml.writeAttribute("fo", FO, "font-family", "Arial");
        xml.writeAttribute("fo", FO, "font-size", row == RowKind.TITLE ? "12pt" : row == RowKind.NOTE ? "8pt" : "9pt");
        if (heading || row == RowKind.TITLE || row == RowKind.TOTAL) {
            xml.writeAttribute("fo", FO, "font-weight", "bold");
        }
        if (row == RowKind.NOTE) {
            xml.writeAttribute("fo", FO, "font-style", "italic");
        }
        xml.writeEndElement();
    }

    private static void sheet(XMLStreamWriter xml, Grid grid, String name, Map<Integer, String> columnStyles)
            throws XMLStreamException {
        xml.writeStartElement("table", "table", TABLE);
        xml.writeAttribute("table", TABLE, "name", name);
        for (int width : AllegatoXlsxWriter.columnWidths(grid)) {
            xml.writeEmptyElement("table", "table-column", TABLE);
            xml.writeAttribute("table", TABLE, "style-name", columnStyles.get(width));
        }
        Map<Long, Merge> mergeAt = new HashMap<>();
        for (Merge merge : grid.merges()) {
            mergeAt.put(key(merge.firstRow(), merge.firstColumn()), merge);
        }
        boolean inHeadings = false;
        for (int r = 0; r < grid.rows().size(); r++) {
            // The heading rows repeat on every printed page, as the XLSX's print titles do.
            if (r == 0 && grid.headingRows() > 0) {
                xml.writeStartElement("table", "table-header-rows", TABLE);
                inHeadings = true;
            }
            Row row = grid.rows().get(r);
            xml.writeStartElement("table", "table-row", TABLE);
            for (int c = 0; c < grid.columnCount(); c++) {
                Merge merge = mergeAt.get(key(r, c));
                if (merge == null && covered(grid, r, c)) {
                    xml.writeEmptyElement("table", "covered-table-cell", TABLE);
                    continue;
                }
                cell(xml, row.kind(), row.cell(c), merge);
            }
            xml.writeEndElement();
            if (inHeadings && r == grid.headingRows() - 1) {
                xml.writeEndElement();
                inHeadings = false;
            }
        }
        if (inHeadings) {
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static boolean covered(Grid grid, int row, int column) {
        for (Merge merge : grid.merges()) {
            if (merge.firstRow() <= row && row <= merge.lastRow() && merge.firstColumn() <= column
                    && column <= merge.lastColumn()) {
                return true;
            }
        }
        return false;
    }

    private static void cell(XMLStreamWriter xml, RowKind row, Cell value, Merge merge) throws XMLStreamException {
        boolean empty = !(value instanceof Cell.Text || value instanceof Cell.Percent || value instanceof Cell.Day
                || value instanceof Cell.Whole);
        if (empty) {
            xml.writeEmptyElement("table", "table-cell", TABLE);
        } else {
            xml.writeStartElement("table", "table-cell", TABLE);
        }
        if (merge != null && !merge.single()) {
            xml.writeAttribute("table", TABLE, "number-columns-spanned", Integer.toString(merge.columns()));
            xml.writeAttribute("table", TABLE, "number-rows-spanned", Integer.toString(merge.rows()));
        }
        if (value instanceof Cell.Text text) {
            xml.writeAttribute("table", TABLE, "style-name", styleName(row, Kind.TEXT));
            xml.writeAttribute("office", OFFICE, "value-type", "string");
            paragraphs(xml, text.value());
        } else if (value instanceof Cell.Percent percent) {
            xml.writeAttribute("table", TABLE, "style-name", styleName(row, Kind.PERCENT));
            xml.writeAttribute("office", OFFICE, "value-type", "percentage");
            xml.writeAttribute("office", OFFICE, "value", percent.fraction().toPlainString());
            paragraphs(xml, it.perfmon.allegato.table.ItalianText.percent(percent.percentUnits()));
        } else if (value instanceof Cell.Day day) {
            xml.writeAttribute("table", TABLE, "style-name", styleName(row, Kind.DATE));
            xml.writeAttribute("office", OFFICE, "value-type", "date");
            xml.writeAttribute("office", OFFICE, "date-value", day.date().toString());
            paragraphs(xml, it.perfmon.allegato.table.ItalianText.date(day.date()));
        } else if (value instanceof Cell.Whole whole) {
            xml.writeAttribute("table", TABLE, "style-name", styleName(row, Kind.WHOLE));
            xml.writeAttribute("office", OFFICE, "value-type", "float");
            xml.writeAttribute("office", OFFICE, "value", Long.toString(whole.value()));
            paragraphs(xml, Long.toString(whole.value()));
        } else {
            xml.writeAttribute("table", TABLE, "style-name", styleName(row, Kind.TEXT));
        }
        if (!empty) {
            xml.writeEndElement();
        }
    }

    private static void paragraphs(XMLStreamWriter xml, String value) throws XMLStreamException {
        OdsPackage.paragraphs(xml, value);
    }
}
