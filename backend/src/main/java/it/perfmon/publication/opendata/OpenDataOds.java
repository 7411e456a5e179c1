package it.perfmon.publication.opendata;

import static it.perfmon.common.ods.OdsPackage.OFFICE;
import static it.perfmon.common.ods.OdsPackage.TABLE;
import static it.perfmon.common.ods.OdsPackage.TEXT;

import it.perfmon.common.ods.OdsPackage;
import it.perfmon.publication.OpenDataRow;
import it.perfmon.publication.OpenDataset;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Open data as an OpenDocument spreadsheet: one sheet, a header row with the CSV's column names, then one row per
 * indicator with numbers as float cells, dates as date cells and texts as string cells (never formulas).
 */
public final class OpenDataOds {

    public static final String MEDIA_TYPE = OdsPackage.MEDIA_TYPE;
    static final String SHEET = "valori";

    private OpenDataOds() {
    }

    public static void write(OpenDataset dataset, String title, OutputStream out) throws IOException {
        OdsPackage.write(out, title, dataset.period().organisationName(), xml -> content(xml, dataset.rows()));
    }

    private static void content(XMLStreamWriter xml, List<OpenDataRow> rows) throws XMLStreamException {
        xml.writeStartElement("office", "document-content", OFFICE);
        xml.writeNamespace("office", OFFICE);
        xml.writeNamespace("table", TABLE);
        xml.writeNamespace("text", TEXT);
        xml.writeAttribute("office", OFFICE, "version", "1.3");
        xml.writeStartElement("office", "body", OFFICE);
        xml.writeStartElement("office", "spreadsheet", OFFICE);
        xml.writeStartElement("table", "table", TABLE);
        xml.writeAttribute("table", TABLE, "name", SHEET);
        xml.writeEmptyElement("table", "table-column", TABLE);
        xml.writeAttribute("table", TABLE, "number-columns-repeated", Integer.toString(OpenDataColumns.ALL.size()));
        xml.writeStartElement("table", "table-header-rows", TABLE);
        xml.writeStartElement("table", "table-row", TABLE);
        for (RecordComponent column : OpenDataColumns.ALL) {
            cell(xml, column.getName());
        }
        xml.writeEndElement();
        xml.writeEndElement();
        for (OpenDataRow row : rows) {
            xml.writeStartElement("table", "table-row", TABLE);
            for (RecordComponent column : OpenDataColumns.ALL) {
                cell(xml, OpenDataColumns.value(row, column));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void cell(XMLStreamWriter xml, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement("table", "table-cell", TABLE);
            return;
        }
        xml.writeStartElement("table", "table-cell", TABLE);
        if (value instanceof BigDecimal || value instanceof Integer) {
            String number = value instanceof BigDecimal decimal ? OpenDataCsv.plain(decimal) : value.toString();
            xml.writeAttribute("office", OFFICE, "value-type", "float");
            xml.writeAttribute("office", OFFICE, "value", number);
            OdsPackage.paragraphs(xml, number);
        } else if (value instanceof LocalDate date) {
            xml.writeAttribute("office", OFFICE, "value-type", "date");
            xml.writeAttribute("office", OFFICE, "date-value", date.toString());
            OdsPackage.paragraphs(xml, date.toString());
        } else {
            xml.writeAttribute("office", OFFICE, "value-type", "string");
            OdsPackage.paragraphs(xml, value.toString());
        }
        xml.writeEndElement();
    }
}
