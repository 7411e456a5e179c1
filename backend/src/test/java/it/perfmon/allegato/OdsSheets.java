package it.perfmon.allegato;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an ODS with the JDK's DOM, independently of the product's ODS parser, and an XLSX with POI, both into the
 * same lines ("sheet!A1 type value", "sheet merged A1:B2"), so that the two exports can be compared cell by cell.
 */
public final class OdsSheets {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdsSheets() {
    }

    /** The named part of the package, or null. */
    public static String part(byte[] ods, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Element content(byte[] ods) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(part(ods, "content.xml").getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every non-blank cell and every merged region of the ODS, sheet by sheet. */
    public static List<String> odsCells(byte[] ods) {
        List<String> cells = new ArrayList<>();
        List<String> merges = new ArrayList<>();
        for (Element table : elements(content(ods), TABLE, "table")) {
            String sheet = table.getAttributeNS(TABLE, "name");
            int r = 0;
            for (Element row : elements(table, TABLE, "table-row")) {
                int c = 0;
                for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (!(n instanceof Element cell) || !TABLE.equals(cell.getNamespaceURI())) {
                        continue;
                    }
                    int repeated = number(cell.getAttributeNS(TABLE, "number-columns-repeated"));
                    if (cell.getLocalName().equals("table-cell")) {
                        int columns = number(cell.getAttributeNS(TABLE, "number-columns-spanned"));
                        int rows = number(cell.getAttributeNS(TABLE, "number-rows-spanned"));
                        if (columns > 1 || rows > 1) {
                            merges.add(sheet + " merged "
                                    + new CellRangeAddress(r, r + rows - 1, c, c + columns - 1).formatAsString());
                        }
                        String type = cell.getAttributeNS(OFFICE, "value-type");
                        String value = switch (type) {
                            case "string" -> text(cell);
                            case "percentage", "float" -> number(new BigDecimal(cell.getAttributeNS(OFFICE, "value"))
                                    .doubleValue());
                            case "date" -> cell.getAttributeNS(OFFICE, "date-value");
                            default -> null;
                        };
                        if (value != null) {
                            cells.add(sheet + "!" + new CellReference(r, c).formatAsString(false) + " " + type + " "
                                    + value);
                        }
                    }
                    c += repeated;
                }
                r++;
            }
        }
        cells.addAll(merges.stream().sorted().toList());
        return cells;
    }

    /** The same lines for an XLSX. */
    public static List<String> xlsxCells(byte[] xlsx) {
        List<String> cells = new ArrayList<>();
        List<String> merges = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                sheet.getMergedRegions().forEach(m -> merges.add(sheet.getSheetName() + " merged " + m.formatAsString()));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String line = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false) + " ";
                        if (cell.getCellType() == CellType.STRING) {
                            cells.add(line + "string " + cell.getStringCellValue());
                        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cells.add(line + "date " + cell.getLocalDateTimeCellValue().toLocalDate());
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            boolean percent = cell.getCellStyle().getDataFormatString().contains("%");
                            cells.add(line + (percent ? "percentage " : "float ") + number(cell.getNumericCellValue()));
                        } else if (cell.getCellType() != CellType.BLANK) {
                            cells.add(line + cell.getCellType());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cells.addAll(merges.stream().sorted().toList());
        return cells;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static int number(String attribute) {
        return attribute.isEmpty() ? 1 : Integer.parseInt(attribute);
    }

    /** Rows of a table, those inside header-row groups included, in document order. */
    private static List<Element> elements(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        var list = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** A cell's text: paragraphs on lines of their own, text:s as spaces, text:tab as a tab. */
    static String text(Element cell) {
        List<String> paragraphs = new ArrayList<>();
        for (Element p : elements(cell, TEXT, "p")) {
            StringBuilder text = new StringBuilder();
            append(p, text);
            paragraphs.add(text.toString());
        }
        return String.join("\n", paragraphs);
    }

    private static void append(Node node, StringBuilder text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                text.append(n.getNodeValue());
            } else if (n instanceof Element e && TEXT.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "s" -> text.append(" ".repeat(number(e.getAttributeNS(TEXT, "c"))));
                    case "tab" -> text.append('\t');
                    case "line-break" -> text.append('\n');
                    default -> append(e, text);
                }
            }
        }
    }
}
