package it.perfmon.allegato;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.testing.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deviation's explanation and corrective actions of a late indicator, in every place the plan is published: the
 * report, the Allegato A (XLSX columns Q and R, CSV, PDF) and its import, the pull API. On the 2021 reference imported
 * into a year of its own, whose 1.6 (assessed "in ritardo") gets its explanation through the API.
 */
@QuarkusTest
class AllegatoDeviationTest {

    private static final String IMPORT = "/api/v1/imports/allegato-a";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String EXPLANATION = "Istruttorie sospese a maggio; nuove linee guida regionali attese";
    private static final String ACTIONS = "Task force di tre istruttori da luglio: recupero entro il 30/09";
    /** 1.6's row in the main sheet: three heading rows, then 1.1, 1.2, 1.3, 1.4 (two), 1.5 (two). */
    private static final int ROW_16 = 10;
    private static final int Q = 16;
    private static final int R = 17;

    private static int year;
    private static long planId;
    private static long periodId;
    private static long indicator16;

    // Not @BeforeAll, which may run before the application has started: one imported plan for the class.
    @BeforeEach
    void importOnePlan() {
        if (planId != 0) {
            return;
        }
        year = Api.pastYear();
        planId = given().contentType("text/tab-separated-values; charset=utf-8")
                .body(AllegatoWorkbooks.referenceForYear(year).getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", false).post(IMPORT).then().statusCode(201).extract().jsonPath().getLong("planId");
        periodId = json().get("/api/v1/plans/{id}/periods", planId).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.kind == 'INTERIM' }.id");
        long objective = json().get("/api/v1/plans/{id}/objectives?limit=100", planId).then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == '1.6' }.id");
        indicator16 = json().get("/api/v1/objectives/{id}/indicators", objective).then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        String assessment = "/api/v1/indicators/{indicator}/assessments/{period}";
        String etag = json().get(assessment, indicator16, periodId).then().statusCode(200).body("step", equalTo(5))
                .extract().header("ETag");
        json().header("If-Match", etag).body(Map.of("step", 5, "deviationExplanation", EXPLANATION,
                "correctiveActions", ACTIONS)).put(assessment, indicator16, periodId).then().statusCode(200);
    }

    @Test
    void shouldCarryThemInTheReport() {
        String indicator = "areas.objectives.flatten().find { it.code == '1.6' }.indicators[0]";
        json().queryParam("periodId", periodId).get("/api/v1/plans/{id}/report", planId).then().statusCode(200)
                .body(indicator + ".deviationExplanation", equalTo(EXPLANATION))
                .body(indicator + ".correctiveActions", equalTo(ACTIONS))
                .body(indicator + ".deviation.reasons", contains("LATE_STEP"))
                .body(indicator + ".assessment.step", equalTo(5));
    }

    @Test
    void shouldWriteThemInColumnsQAndROfTheWorkbook() throws IOException {
        try (XSSFWorkbook workbook = Downloads.workbook(Downloads.allegato(planId, periodId, "xlsx"))) {
            Sheet main = workbook.getSheet("Allegato A");
            assertEquals("Motivazione dello scostamento", main.getRow(2).getCell(Q).getStringCellValue());
            assertEquals("Interventi correttivi", main.getRow(2).getCell(R).getStringCellValue());
            Row row = main.getRow(ROW_16);
            assertEquals("1.6", row.getCell(2).getStringCellValue());
            assertEquals("5. in ritardo", row.getCell(15).getStringCellValue());
            assertEquals(EXPLANATION, row.getCell(Q).getStringCellValue());
            assertEquals(ACTIONS, row.getCell(R).getStringCellValue());
            assertTrue(row.getCell(Q).getCellStyle().getWrapText(), "long texts wrap");
        }
    }

    @Test
    void shouldWriteThemAsTheLastTwoCellsOfTheCsvRecord() {
        byte[] csv = Downloads.allegato(planId, periodId, "csv");
        List<List<String>> records = Rfc4180.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        List<String> record = records.get(ROW_16);
        assertEquals("1.6", record.get(2));
        assertEquals(List.of("5. in ritardo", EXPLANATION, ACTIONS), record.subList(15, 18));
        assertEquals(List.of("Motivazione dello scostamento", "Interventi correttivi"), records.get(2).subList(16, 18));
    }

    @Test
    void shouldPrintThemInThePdf() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(Downloads.allegato(planId, periodId, "pdf"))) {
            text = new PDFTextStripper().getText(document);
        }
        // Narrow columns wrap the texts: their words are looked for one by one.
        for (String word : (EXPLANATION + " " + ACTIONS + " Motivazione scostamento Interventi correttivi").split(" ")) {
            assertTrue(text.contains(word), word);
        }
    }

    @Test
    void shouldGiveThemToOtherSystemsInJsonAndCsv() {
        json().queryParam("planId", planId).queryParam("periodId", periodId).queryParam("objectiveId",
                        json().get("/api/v1/indicators/{id}", indicator16).then().extract().jsonPath().getLong("objectiveId"))
                .get("/api/v1/indicator-values").then().statusCode(200)
                .body("items.deviationExplanation", contains(EXPLANATION))
                .body("items.correctiveActions", contains(ACTIONS));
        String csv = given().accept("text/csv").queryParam("planId", planId).queryParam("periodId", periodId)
                .queryParam("limit", 100).get("/api/v1/indicator-values").then().statusCode(200).extract().asString();
        List<List<String>> rows = Rfc4180.parse(csv, ',');
        List<String> header = rows.get(0);
        List<String> row16 = rows.stream().filter(r -> r.size() > 6 && r.get(header.indexOf("objectiveCode")).equals("1.6"))
                .findFirst().orElseThrow();
        assertEquals(EXPLANATION, row16.get(header.indexOf("deviationExplanation")));
        assertEquals(ACTIONS, row16.get(header.indexOf("correctiveActions")));
    }

    @Test
    void shouldFindNoDifferenceWhenItsOwnExportIsImportedBack() {
        byte[] workbook = Downloads.allegato(planId, periodId, "xlsx");
        given().contentType(XLSX).body(workbook).queryParam("dryRun", true).post(IMPORT).then().statusCode(200)
                .body("planId", equalTo((int) planId))
                .body("summary.created", equalTo(0)).body("summary.updated", equalTo(0))
                .body("rows.action", everyItem(equalTo("UNCHANGED")));
    }

    @Test
    void shouldReadAChangedExplanationFromTheWorkbook() throws IOException {
        byte[] changed;
        try (XSSFWorkbook workbook = Downloads.workbook(Downloads.allegato(planId, periodId, "xlsx"));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet("Allegato A").getRow(ROW_16).getCell(Q).setCellValue(EXPLANATION + " (aggiornata)");
            workbook.write(out);
            changed = out.toByteArray();
        }
        JsonPath report = given().contentType(XLSX).body(changed).queryParam("dryRun", true).post(IMPORT).then()
                .statusCode(200).body("summary.updated", equalTo(1)).extract().jsonPath();
        assertEquals("1.6 indicatore 1 al 30/06/" + year, report.getString("rows.find { it.action == 'UPDATE' }.key"));
        assertEquals(List.of(Map.of("field", "deviationExplanation", "oldValue", EXPLANATION,
                        "newValue", EXPLANATION + " (aggiornata)")),
                report.getList("rows.find { it.action == 'UPDATE' }.changes"));
    }
}
