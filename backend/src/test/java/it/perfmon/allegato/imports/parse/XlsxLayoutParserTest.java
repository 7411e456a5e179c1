package it.perfmon.allegato.imports.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.allegato.imports.AllegatoWorkbooks.Options;
import it.perfmon.allegato.imports.Drafts;
import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.mapping.DocumentMapper;
import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks in the exporter's layout, built here with POI, read as the text layout reads the same table. */
class XlsxLayoutParserTest {

    private static final String REFERENCE = AllegatoWorkbooks.referenceText();
    private static final XlsxLayoutParser.Limits LIMITS = new XlsxLayoutParser.Limits(5000, 0.01, 32L << 20, 10L << 20);
    private final XlsxLayoutParser parser = new XlsxLayoutParser(LIMITS);
    private final DocumentMapper mapper = new DocumentMapper(LocalDate.of(2026, 1, 1));

    private PlanDraft fromText(String text) {
        return mapper.map(new TextLayoutParser(5000).parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReadTheWorkbookAsTheTextOfTheSameTable() {
        PlanDraft fromWorkbook = mapper.map(parser.parse(AllegatoWorkbooks.fromText(REFERENCE)));
        assertEquals(Drafts.content(fromText(REFERENCE)), Drafts.content(fromWorkbook));
    }

    @Test
    void shouldNameTheCellOfEveryValue() {
        AllegatoDocument document = parser.parse(AllegatoWorkbooks.fromText(REFERENCE));
        var objective16 = document.areas().get(0).objectives().get(5);
        assertEquals("Allegato A!C11", objective16.code().position().reference());
        assertEquals("Allegato A!M11", objective16.indicators().get(0).achieved().position().reference());
        assertEquals("ARTI crono 2!H3", document.timelines().get(1).phases().get(0).actualEnd().position().reference());
    }

    @Test
    void shouldReadPercentagesAsStoredNotAsShown() {
        String text = REFERENCE.replace("188,94%", "188,935%");
        PlanDraft draft = mapper.map(parser.parse(AllegatoWorkbooks.fromText(text)));
        BigDecimal achieved = draft.areas().get(0).objectives().get(4).indicators().get(1).result().achieved();
        assertEquals(0, new BigDecimal("188.935").compareTo(achieved));
    }

    @Test
    void shouldFindColumnsByTheirHeadingsWhereverTheyAre() {
        List<MainColumn> order = new ArrayList<>(Arrays.asList(MainColumn.values()));
        order.remove(MainColumn.ASSESSMENT);
        order.add(order.indexOf(MainColumn.ACHIEVED), MainColumn.ASSESSMENT);
        order.remove(MainColumn.DATA_SOURCE);
        order.add(order.indexOf(MainColumn.NOTES), MainColumn.DATA_SOURCE);
        byte[] workbook = AllegatoWorkbooks.fromText(REFERENCE, Options.standard().withColumnOrder(order));
        assertEquals(Drafts.content(fromText(REFERENCE)), Drafts.content(mapper.map(parser.parse(workbook))));
    }

    @Test
    void shouldRefuseASheetLackingAColumnNamingIt() {
        byte[] workbook = AllegatoWorkbooks.fromText(REFERENCE,
                Options.standard().withHeading(MainColumn.BASELINE, "Valore di partenza"));
        ProblemException problem = assertThrows(ProblemException.class, () -> parser.parse(workbook));
        assertEquals(422, problem.status());
        assertEquals(List.of(new FieldError("Allegato A!A3", "manca la colonna \"Valore iniziale\"")), problem.errors());
    }

    @Test
    void shouldReadTextsNeutralisedAgainstFormulasAsWritten() {
        String note = "Nel corso del primo semestre sono state concluse 96 istruttorie su un totale di 106 domande pervenute";
        String text = REFERENCE.replace(note, "=HYPERLINK(\"http://example.org\")");
        PlanDraft expected = fromText(text);
        for (Options options : List.of(Options.standard().neutralisingFormulas(true, false),
                Options.standard().neutralisingFormulas(false, true))) {
            PlanDraft read = mapper.map(parser.parse(AllegatoWorkbooks.fromText(text, options)));
            assertEquals("=HYPERLINK(\"http://example.org\")",
                    read.areas().get(0).objectives().get(5).indicators().get(0).result().monitoringNote());
            assertEquals(Drafts.content(expected), Drafts.content(read));
        }
    }

    @Test
    void shouldRefuseWhatIsNotAWorkbook() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> parser.parse(REFERENCE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, problem.status());
        assertEquals("Il file non è un foglio di calcolo XLSX (Excel 2007 o successivo)", problem.getMessage());
    }

    @Test
    void shouldRefuseAZipThatIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("leggimi.txt"));
            zip.write("non sono un foglio di calcolo".getBytes(StandardCharsets.UTF_8));
        }
        ProblemException problem = assertThrows(ProblemException.class, () -> parser.parse(bytes.toByteArray()));
        assertEquals("Il file è un archivio zip ma non un foglio di calcolo XLSX", problem.getMessage());
    }

    @Test
    void shouldRefuseATruncatedWorkbook() {
        byte[] workbook = AllegatoWorkbooks.fromText(REFERENCE);
        byte[] half = Arrays.copyOf(workbook, workbook.length / 2);
        ProblemException problem = assertThrows(ProblemException.class, () -> parser.parse(half));
        assertEquals(422, problem.status());
        assertEquals("Il file XLSX è danneggiato o incompleto (ad esempio troncato durante il caricamento)",
                problem.getMessage());
    }

    @Test
    void shouldRefuseAZipBomb() {
        ProblemException problem = assertThrows(ProblemException.class, () -> parser.parse(AllegatoWorkbooks.zipBomb()));
        assertEquals(422, problem.status());
        assertTrue(problem.getMessage().contains("zip bomb"), problem.getMessage());
    }

    @Test
    void shouldRefuseASheetWithMoreRowsThanTheLimit() throws IOException {
        XlsxLayoutParser strict = new XlsxLayoutParser(new XlsxLayoutParser.Limits(100, 0.01, 32L << 20, 10L << 20));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Allegato A");
            for (int r = 0; r < 150; r++) {
                sheet.createRow(r).createCell(0).setCellValue("riga " + r);
            }
            workbook.write(out);
        }
        ProblemException problem = assertThrows(ProblemException.class, () -> strict.parse(out.toByteArray()));
        assertEquals(new FieldError("Allegato A", "Il foglio \"Allegato A\" ha 150 righe, oltre il massimo di 100"),
                problem.errors().get(0));
    }
}
