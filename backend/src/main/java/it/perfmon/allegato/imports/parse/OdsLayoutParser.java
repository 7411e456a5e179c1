package it.perfmon.allegato.imports.parse;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the Allegato A from an OpenDocument spreadsheet (what LibreOffice saves, and what the ODS export
 * writes). The cells of {@code content.xml} are copied, typed, into an in-memory workbook (numbers, percentages
 * with their 0.00% format, dates, texts, merged regions) which {@link XlsxLayoutParser} then reads: the layout
 * rules are the XLSX's, not a second copy of them. Formulas are never evaluated: a formula cell counts with the
 * value the file stored for it, as in an XLSX.
 */
public final class OdsLayoutParser {

    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** Below this size an entry's compression ratio is not checked (as POI does for XLSX). */
    private static final long GRACE_BYTES = 100 * 1024;
    /** Columns beyond this are ignored: the Allegato A has 18, spreadsheets pad rows to 1024 or 16384. */
    private static final int MAX_COLUMNS = 256;

    private final XlsxLayoutParser layout;
    private final XlsxLayoutParser.Limits limits;

    public OdsLayoutParser(XlsxLayoutParser layout, XlsxLayoutParser.Limits limits) {
        this.layout = layout;
        this.limits = limits;
    }

    public AllegatoDocument parse(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw FileProblems.unreadable("file", "Il file non è un foglio di calcolo ODS (OpenDocument): non è un "
                    + "archivio zip");
        }
        byte[] content = content(bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Copy(workbook).read(content);
            return layout.read(workbook);
        } catch (IOException e) {
            throw FileProblems.unreadable("file", "Il file ODS non si legge: è danneggiato");
        }
    }

    /** content.xml, checked against the zip limits; the package's other parts hold nothing the import uses. */
    private byte[] content(byte[] bytes) {
        String mimetype = null;
        byte[] content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("mimetype")) {
                    mimetype = new String(entry(zip, entry), StandardCharsets.US_ASCII).strip();
                } else if (entry.getName().equals("content.xml")) {
                    content = entry(zip, entry);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw FileProblems.unreadable("file", "Il file ODS è danneggiato o incompleto (ad esempio troncato durante "
                    + "il caricamento)");
        } catch (IOException e) {
            throw FileProblems.unreadable("file", "Il file ODS non si legge: è danneggiato");
        }
        if (mimetype != null && !mimetype.equals(MEDIA_TYPE)) {
            throw FileProblems.unreadable("file", "Il file è un documento OpenDocument ma non un foglio di calcolo ("
                    + mimetype + ")");
        }
        if (content == null) {
            throw FileProblems.unreadable("file", "Il file è un archivio zip ma non un foglio di calcolo ODS: manca "
                    + "content.xml");
        }
        return content;
    }

    private byte[] entry(ZipInputStream zip, ZipEntry entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
            total += n;
            if (total > limits.maxEntryBytes()) {
                throw bomb();
            }
            out.write(buffer, 0, n);
        }
        long compressed = entry.getCompressedSize();
        if (total > GRACE_BYTES && compressed > 0 && (double) compressed / total < limits.minInflateRatio()) {
            throw bomb();
        }
        return out.toByteArray();
    }

    private static RuntimeException bomb() {
        return FileProblems.unreadable("file", "Il file ODS si espande oltre i limiti consentiti (rapporto di "
                + "compressione sospetto o parte troppo grande): rifiutato come possibile zip bomb");
    }

    /** Copies the tables of content.xml into the workbook. */
    private final class Copy {

        private final XSSFWorkbook workbook;
        private final CellStyle percent;
        private final CellStyle date;
        private XSSFSheet sheet;
        private int row;
        private int column;
        private long textChars;

        Copy(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            this.date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        void read(byte[] content) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // No DTD and no external entities: the part is data, and must not reach out or expand.
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try (InputStream in = new ByteArrayInputStream(content)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                try {
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())) {
                            switch (xml.getLocalName()) {
                                case "table" -> table(xml.getAttributeValue(TABLE, "name"));
                                case "table-row" -> row(xml);
                                default -> {
                                }
                            }
                        }
                    }
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException | IOException e) {
                throw FileProblems.unreadable("file", "Il file ODS è danneggiato: content.xml non è XML valido");
            }
        }

        private void table(String name) {
            try {
                sheet = workbook.createSheet(name == null ? "Foglio" + (workbook.getNumberOfSheets() + 1) : name);
            } catch (IllegalArgumentException e) {
                throw FileProblems.unreadable("file", "Il nome del foglio \"" + name + "\" non è ammesso o è ripetuto");
            }
            row = 0;
        }

        /** A row, repeated as many times as it says; blank repeated rows (LibreOffice pads with them) just count. */
        private void row(XMLStreamReader xml) throws XMLStreamException {
            int repeated = count(xml.getAttributeValue(TABLE, "number-rows-repeated"));
            List<OdsCell> cells = new ArrayList<>();
            column = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                        && xml.getLocalName().equals("table-row")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                        && (xml.getLocalName().equals("table-cell") || xml.getLocalName().equals("covered-table-cell"))) {
                    OdsCell cell = cell(xml);
                    if (cell.hasContent() && column < MAX_COLUMNS) {
                        cells.add(cell);
                    }
                    column += cell.repeated;
                }
            }
            if (sheet == null || cells.isEmpty()) {
                row += repeated;
                return;
            }
            if ((long) row + repeated > limits.maxRows()) {
                throw FileProblems.unreadable(sheet.getSheetName(), "Il foglio \"" + sheet.getSheetName()
                        + "\" ha più di " + limits.maxRows() + " righe");
            }
            for (int copy = 0; copy < repeated; copy++, row++) {
                XSSFRow target = sheet.createRow(row);
                for (OdsCell cell : cells) {
                    for (int c = cell.column; c < Math.min(cell.column + cell.repeated, MAX_COLUMNS); c++) {
                        cell.copyTo(target.createCell(c));
                        if (cell.columnsSpanned > 1 || cell.rowsSpanned > 1) {
                            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row + cell.rowsSpanned - 1, c,
                                    c + cell.columnsSpanned - 1));
                        }
                    }
                }
            }
        }

        /** The cell at the reader's start tag, read up to its end tag. */
        private OdsCell cell(XMLStreamReader xml) throws XMLStreamException {
            OdsCell cell = new OdsCell();
            cell.column = column;
            cell.repeated = count(xml.getAttributeValue(TABLE, "number-columns-repeated"));
            cell.columnsSpanned = count(xml.getAttributeValue(TABLE, "number-columns-spanned"));
            cell.rowsSpanned = count(xml.getAttributeValue(TABLE, "number-rows-spanned"));
            cell.type = xml.getAttributeValue(OFFICE, "value-type");
            cell.value = switch (cell.type == null ? "" : cell.type) {
                case "float", "percentage", "currency" -> xml.getAttributeValue(OFFICE, "value");
                case "date" -> xml.getAttributeValue(OFFICE, "date-value");
                case "boolean" -> xml.getAttributeValue(OFFICE, "boolean-value");
                case "string" -> xml.getAttributeValue(OFFICE, "string-value");
                default -> null;
            };
            StringBuilder text = new StringBuilder();
            int paragraphs = 0;
            int depth = 1;
            int annotation = 0;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (OFFICE.equals(xml.getNamespaceURI()) && name.equals("annotation")) {
                        annotation++;
                    } else if (annotation == 0 && TEXT.equals(xml.getNamespaceURI())) {
                        switch (name) {
                            case "p", "h" -> {
                                if (paragraphs++ > 0) {
                                    text.append('\n');
                                }
                            }
                            case "s" -> text.append(" ".repeat(Math.min(count(xml.getAttributeValue(TEXT, "c")), 1000)));
                            case "tab" -> text.append('\t');
                            case "line-break" -> text.append('\n');
                            default -> {
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (OFFICE.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("annotation")) {
                        annotation--;
                    }
                } else if (annotation == 0 && depth > 1
                        && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(xml.getText());
                }
            }
            textChars += text.length();
            if (textChars > limits.maxTextChars()) {
                throw bomb();
            }
            cell.text = text.toString();
            return cell;
        }

        private static int count(String value) {
            if (value == null) {
                return 1;
            }
            try {
                return Math.max(1, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** One cell of content.xml; its value is the typed one the file stored, never a formula evaluated here. */
        private final class OdsCell {
            int column;
            int repeated;
            int columnsSpanned;
            int rowsSpanned;
            String type;
            String value;
            String text;

            boolean hasContent() {
                return value != null || !text.isEmpty() || columnsSpanned > 1 || rowsSpanned > 1;
            }

            void copyTo(XSSFCell target) {
                String kind = type == null ? "" : type;
                try {
                    switch (kind) {
                        case "float", "currency" -> target.setCellValue(new BigDecimal(value).doubleValue());
                        case "percentage" -> {
                            target.setCellValue(new BigDecimal(value).doubleValue());
                            target.setCellStyle(percent);
                        }
                        case "date" -> {
                            target.setCellValue(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
                            target.setCellStyle(date);
                        }
                        case "boolean" -> target.setCellValue(Boolean.parseBoolean(value));
                        default -> {
                            String shown = value != null ? value : text;
                            if (!shown.isEmpty()) {
                                target.setCellValue(shown);
                            }
                        }
                    }
                } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
                    // A typed cell without a readable value counts as what it shows.
                    if (!text.isEmpty()) {
                        target.setCellValue(text);
                    }
                }
            }
        }
    }
}
