package it.perfmon.allegato.imports.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.allegato.imports.Drafts;
import it.perfmon.allegato.imports.mapping.DocumentMapper;
import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.common.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * ODS files as LibreOffice saves them: rows padded with repeated blank cells up to the sheet's width, a million
 * repeated blank rows at the end, comments, formulas with their stored results, text split in spans and spaces
 * written as text:s. Read, they give the plan the same table gives as text.
 */
class OdsLayoutParserTest {

    private static final String REFERENCE = AllegatoWorkbooks.referenceText();
    private static final XlsxLayoutParser.Limits LIMITS = new XlsxLayoutParser.Limits(5000, 0.01, 32L << 20, 10L << 20);
    private final OdsLayoutParser parser = new OdsLayoutParser(new XlsxLayoutParser(LIMITS), LIMITS);
    private final DocumentMapper mapper = new DocumentMapper(LocalDate.of(2026, 1, 1));

    @Test
    void shouldReadALibreOfficeStyleOdsAsTheTextOfTheSameTable() throws IOException {
        PlanDraft fromText = mapper.map(new TextLayoutParser(5000).parse(REFERENCE.getBytes(StandardCharsets.UTF_8)));
        PlanDraft fromOds = mapper.map(parser.parse(libreOfficeStyle(AllegatoWorkbooks.fromText(REFERENCE))));
        assertEquals(Drafts.content(fromText), Drafts.content(fromOds));
    }

    @Test
    void shouldRefuseAnOpenDocumentThatIsNotASpreadsheet() throws IOException {
        byte[] odt = zip("application/vnd.oasis.opendocument.text", "<x/>");
        ProblemException refused = assertThrows(ProblemException.class, () -> parser.parse(odt));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("non un foglio di calcolo"), refused.getMessage());
    }

    @Test
    void shouldRefuseContentThatIsNotXml() throws IOException {
        byte[] broken = zip(OdsLayoutParser.MEDIA_TYPE, "<office:document-content");
        ProblemException refused = assertThrows(ProblemException.class, () -> parser.parse(broken));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("content.xml"), refused.getMessage());
    }

    private static byte[] zip(String mimetype, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** The workbook's cells written the way LibreOffice Calc writes content.xml. */
    static byte[] libreOfficeStyle(byte[] xlsx) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet>");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                xml.append("<table:table table:name=\"").append(escape(sheet.getSheetName())).append("\">")
                        .append("<table:table-column table:number-columns-repeated=\"1024\"/>");
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    xml.append("<table:table-row>");
                    int written = 0;
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++, written++) {
                        cell(xml, sheet, r, c, row.getCell(c));
                    }
                    xml.append("<table:table-cell table:number-columns-repeated=\"").append(1024 - written)
                            .append("\"/></table:table-row>");
                }
                xml.append("<table:table-row table:number-rows-repeated=\"1048000\">"
                        + "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table>");
            }
        }
        xml.append("</office:spreadsheet></office:body></office:document-content>");
        return zip(OdsLayoutParser.MEDIA_TYPE, xml.toString());
    }

    private static void cell(StringBuilder xml, Sheet sheet, int r, int c, Cell cell) {
        CellRangeAddress merged = null;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                merged = region;
            }
        }
        if (merged != null && (merged.getFirstRow() != r || merged.getFirstColumn() != c)) {
            xml.append("<table:covered-table-cell/>");
            return;
        }
        xml.append("<table:table-cell");
        if (merged != null) {
            xml.append(" table:number-columns-spanned=\"").append(merged.getLastColumn() - merged.getFirstColumn() + 1)
                    .append("\" table:number-rows-spanned=\"").append(merged.getLastRow() - merged.getFirstRow() + 1)
                    .append('"');
        }
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            xml.append("/>");
        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            xml.append(" office:value-type=\"date\" office:date-value=\"")
                    .append(cell.getLocalDateTimeCellValue().toLocalDate()).append("T00:00:00\"><text:p>x</text:p>")
                    .append("</table:table-cell>");
        } else if (cell.getCellType() == CellType.NUMERIC) {
            boolean percent = cell.getCellStyle().getDataFormatString().contains("%");
            // A formula whose stored result is the value: the import takes the result and never evaluates.
            xml.append(" table:formula=\"of:=1/0\" office:value-type=\"").append(percent ? "percentage" : "float")
                    .append("\" office:value=\"").append(cell.getNumericCellValue()).append("\"><text:p>")
                    .append(cell.getNumericCellValue()).append("</text:p></table:table-cell>");
        } else {
            xml.append(" office:value-type=\"string\">");
            if (r == 0 && c == 0) {
                xml.append("<office:annotation><dc:creator>Ufficio</dc:creator><text:p>da rivedere</text:p>"
                        + "</office:annotation>");
            }
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                xml.append("<text:p>");
                int half = line.length() / 2;
                xml.append(spaced(line.substring(0, half))).append("<text:span>").append(spaced(line.substring(half)))
                        .append("</text:span></text:p>");
            }
            xml.append("</table:table-cell>");
        }
    }

    /** Runs of spaces after the first as text:s, as ODF requires. */
    private static String spaced(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' && (i == 0 || text.charAt(i - 1) == ' ')) {
                out.append("<text:s/>");
            } else {
                out.append(escape(String.valueOf(ch)));
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
