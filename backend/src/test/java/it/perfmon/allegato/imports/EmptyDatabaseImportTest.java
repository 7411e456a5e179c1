package it.perfmon.allegato.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import it.perfmon.allegato.OdsSheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing the 2021 reference into an empty database gives the plan of the seed data set, field by field.
 *
 * <p>"The same plan" means: the same organisation, structures, plan, periods, areas, objectives (every field),
 * indicators (every field, the kind included), phases (every field) and interim results (monitoring note, data
 * source, assessment), and for every indicator the same value shown at 30/06/2021. What the file cannot carry, and
 * is therefore listed below as known differences, is only:
 * <ul>
 * <li>counts: the table prints a ratio's value, not the figures it was computed from; the seed posts them (96 of
 * 106...), the import enters the printed value instead, justified as imported. The value shown is the same within
 * a hundredth of a point (85,38% printed for 15.609/18.280 = 85,388...%);</li>
 * <li>the wording of an override's justification: the seed's 1.2 says where its 30% came from in its own words;</li>
 * <li>territorial units, which the Allegato A does not mention;</li>
 * <li>who assessed and when (the seed says "Allegato A 2021" on 30/06/2021; an import says who imported, and when).</li>
 * </ul>
 */
@QuarkusTest
@TestProfile(EmptyDatabaseImportTest.EmptyDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmptyDatabaseImportTest {

    /** The seed off, in a database of its own (the tests' one with "_empty" appended), cleaned at start. */
    public static class EmptyDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String url = Optional.ofNullable(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                    .orElse("jdbc:mariadb://127.0.0.1:3306/perfmon_test?createDatabaseIfNotExist=true");
            return Map.of("perfmon.seed.enabled", "false",
                    "quarkus.datasource.jdbc.url", url.replaceFirst("^(jdbc:[a-z]+://[^/]+/)([^?;]+)", "$1$2_empty"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    private static final String IMPORTED = "Valore riportato nell'Allegato A importato";

    private static JsonNode get(String path, Object... params) {
        try {
            return JSON.readTree(given().get(path, params).then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final List<String> PLAN_TABLES = List.of("audit_event", "idempotency_key", "period_snapshot",
            "indicator_result", "indicator_count", "phase", "indicator", "objective", "strategic_area",
            "monitoring_period", "plan");

    @Inject
    DataSource dataSource;

    /**
     * Export the 2021 plan, import the file into a database without plans, export again: every cell of every sheet
     * is the same, with the same type and format, and the same merged regions; the CSV is the same text. The plan
     * exported first is the one the reference import gives, which the test above proves to be the seed's.
     */
    @Test
    @Order(2)
    void shouldGiveBackEveryCellAfterAnExportImportExportRoundTrip() throws Exception {
        withoutPlans();
        long planId = ImportResourceTest.importText(AllegatoWorkbooks.referenceText(), false).statusCode(201)
                .extract().jsonPath().getLong("planId");
        byte[] first = export(planId, "xlsx");
        String firstCsv = new String(export(planId, "csv"), StandardCharsets.UTF_8);

        withoutPlans();
        long again = ImportResourceTest.upload(given(), XLSX, first, false).log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("planId");
        byte[] second = export(again, "xlsx");

        assertEquals(cells(first), cells(second));
        assertEquals(firstCsv, new String(export(again, "csv"), StandardCharsets.UTF_8));
        assertTrue(cells(first).size() > 400, "the workbook holds the whole plan");
    }

    /**
     * The same round trip through ODS, LibreOffice's format: the plan's ODS export, imported (a dry run first,
     * which creates nothing) into a database without plans, exports again the same XLSX cells and the same ODS
     * content, and holds the XLSX's cells.
     */
    @Test
    @Order(3)
    void shouldGiveBackEveryCellAfterAnOdsExportImportExportRoundTrip() throws Exception {
        withoutPlans();
        long planId = ImportResourceTest.importText(AllegatoWorkbooks.referenceText(), false).statusCode(201)
                .extract().jsonPath().getLong("planId");
        byte[] firstXlsx = export(planId, "xlsx");
        byte[] firstOds = export(planId, "ods");
        assertEquals(OdsSheets.xlsxCells(firstXlsx), OdsSheets.odsCells(firstOds));

        withoutPlans();
        ImportResourceTest.upload(given(), ODS, firstOds, true).log().ifValidationFails().statusCode(200)
                .body("format", equalTo("ODS")).body("planId", nullValue());
        long again = ImportResourceTest.upload(given(), ODS, firstOds, false).log().ifValidationFails().statusCode(201)
                .body("format", equalTo("ODS")).extract().jsonPath().getLong("planId");
        byte[] secondOds = export(again, "ods");

        assertEquals(cells(firstXlsx), cells(export(again, "xlsx")));
        assertEquals(OdsSheets.odsCells(firstOds), OdsSheets.odsCells(secondOds));
        assertEquals(OdsSheets.part(firstOds, "content.xml"), OdsSheets.part(secondOds, "content.xml"));
        assertTrue(OdsSheets.odsCells(firstOds).size() > 400, "the workbook holds the whole plan");
    }

    private static byte[] export(long planId, String format) {
        return given().queryParam("format", format).get("/api/v1/plans/{id}/allegato-a", planId).then()
                .statusCode(200).extract().asByteArray();
    }

    /** Every cell as "sheet!A1 type format = shown text", and every merged region, in order. */
    private static List<String> cells(byte[] workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter shown = new DataFormatter(java.util.Locale.ITALY);
        try (Workbook book = WorkbookFactory.create(new java.io.ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                sheet.getMergedRegions().forEach(region -> cells.add(sheet.getSheetName() + " merged " + region.formatAsString()));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false) + " "
                                + cell.getCellType() + " " + cell.getCellStyle().getDataFormatString() + " = "
                                + shown.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }

    private void withoutPlans() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : PLAN_TABLES) {
                statement.execute("DELETE FROM " + table);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        assertEquals(0, get("/api/v1/plans").get("total").asInt());
    }

    @Test
    @Order(1)
    void shouldCreateTheSeedsPlanFromTheReference() throws IOException {
        JsonNode seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/arti-2021.json")) {
            seed = JSON.readTree(in);
        }
        assertEquals(0, get("/api/v1/plans").get("total").asInt(), "the database must start without plans");
        long planId = ImportResourceTest.importText(AllegatoWorkbooks.referenceText(), false).statusCode(201)
                .extract().jsonPath().getLong("planId");

        Comparison compare = new Comparison();
        JsonNode plan = get("/api/v1/plans/{id}", planId);
        compare.same("plan", seed.at("/plan"), plan, "year", "title");
        JsonNode periods = get("/api/v1/plans/{id}/periods", planId).get("items");
        compare.sameList("periods", seed.at("/plan/periods"), periods, "kind", "referenceDate", "label");
        JsonNode structures = get("/api/v1/organisations/ARTI/structures").get("items");
        compare.sameList("structures", seed.get("structures"), structures, "code", "name", "shortName");
        long interim = periods.findValues("id").get(kindIndex(periods, "INTERIM")).asLong();
        JsonNode report = get("/api/v1/plans/{id}/report?periodId=" + interim, planId);
        compare.same("organisation", seed.get("organisation"), JSON.createObjectNode()
                .put("code", report.at("/plan/organisationCode").asText())
                .put("name", report.at("/plan/organisationName").asText()), "code", "name");

        JsonNode areas = get("/api/v1/plans/{id}/areas", planId).get("items");
        compare.sameList("areas", seed.at("/plan/areas"), areas, "number", "title");
        JsonNode objectives = get("/api/v1/plans/{id}/objectives?limit=100", planId).get("items");
        JsonNode results = get("/api/v1/periods/{id}/results?limit=100", interim).get("items");
        int objectiveIndex = 0;
        for (JsonNode seededArea : seed.at("/plan/areas")) {
            for (JsonNode seeded : seededArea.get("objectives")) {
                JsonNode objective = objectives.get(objectiveIndex++);
                String code = seeded.get("code").asText();
                compare.same(code, seeded, objective, "code", "title", "weight", "notes", "programmingLink", "deadline",
                        "timelineNumber", "timelineTitle");
                compare.equal(code + " responsibleStructure", seeded.get("responsibleStructure").asText(),
                        codeOf(structures, objective.get("responsibleStructureId").asLong()));
                compare.equal(code + " area", seededArea.get("number").asInt(),
                        numberOf(areas, objective.get("areaId").asLong()));
                JsonNode phases = get("/api/v1/objectives/{id}/phases", objective.get("id").asLong()).get("items");
                compare.sameList(code + " phases", seeded.get("phases"), phases, "number", "description", "output",
                        "plannedStart", "plannedEnd", "responsible", "weight", "actualEnd", "partialProgress",
                        "monitoringNote", "dataSource");
                JsonNode indicators = get("/api/v1/objectives/{id}/indicators", objective.get("id").asLong()).get("items");
                compare.equal(code + " indicators", seeded.get("indicators").size(), indicators.size());
                for (int i = 0; i < Math.min(indicators.size(), seeded.get("indicators").size()); i++) {
                    indicator(compare, code + " indicatore " + (i + 1), seeded.get("indicators").get(i),
                            indicators.get(i), results, report);
                }
            }
        }
        compare.equal("objectives", objectiveIndex, objectives.size());
        assertEquals(List.of(), compare.differences);

        ImportResourceTest.importText(AllegatoWorkbooks.referenceText(), true).statusCode(200)
                .body("summary.created", org.hamcrest.Matchers.equalTo(0))
                .body("summary.updated", org.hamcrest.Matchers.equalTo(0));
    }

    private static void indicator(Comparison compare, String at, JsonNode seeded, JsonNode indicator, JsonNode results,
            JsonNode report) {
        compare.same(at, seeded, indicator, "description", "kind", "numeratorLabel", "denominatorLabel",
                "plannedQuantity", "baselineValue", "baselineReference", "targetValue", "nextYearsTargetValue",
                "nextYearsTargetRule", "planningNote");
        JsonNode result = null;
        for (JsonNode r : results) {
            if (r.get("indicatorId").asLong() == indicator.get("id").asLong()) {
                result = r;
            }
        }
        JsonNode seededResult = seeded.get("interimResult");
        compare.same(at + " result", seededResult, result, "monitoringNote", "dataSource");
        compare.equal(at + " assessment", seededResult.get("assessment").asInt(), result.get("assessmentStep").asInt());
        boolean hasCounts = !seeded.get("counts").isEmpty();
        if (hasCounts) {
            // Known difference 1: the counts are not in the file; the printed value is entered in their place.
            compare.equal(at + " justification", IMPORTED, result.get("enteredJustification").asText());
        } else if (!seededResult.get("enteredJustification").isNull()) {
            // Known difference 2: an override keeps being justified, in the import's words.
            compare.equal(at + " justification", IMPORTED, result.get("enteredJustification").asText());
        } else {
            compare.same(at + " result", seededResult, result, "enteredValue", "enteredJustification");
        }
        JsonNode shown = valueShown(report, indicator.get("id").asLong());
        BigDecimal seededShown = hasCounts ? null : decimal(seededResult.get("enteredValue"));
        if (hasCounts) {
            seededShown = seededRatio(seeded);
        }
        BigDecimal importedShown = shown == null || shown.isNull() ? null : shown.decimalValue();
        if (seededShown != null) {
            if (importedShown == null || seededShown.subtract(importedShown).abs().compareTo(HUNDREDTH) >= 0) {
                compare.differences.add(at + " value shown: seed " + seededShown + ", imported " + importedShown);
            }
        }
    }

    /** What the seed's counts compute: the value the seeded plan shows at 30/06/2021. */
    private static BigDecimal seededRatio(JsonNode seeded) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = decimal(seeded.get("plannedQuantity"));
        for (JsonNode count : seeded.get("counts")) {
            if (count.get("component").asText().equals("NUMERATOR")) {
                numerator = numerator.add(count.get("value").decimalValue());
            } else {
                denominator = (denominator == null ? BigDecimal.ZERO : denominator).add(count.get("value").decimalValue());
            }
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, java.math.MathContext.DECIMAL64);
    }

    private static JsonNode valueShown(JsonNode report, long indicatorId) {
        for (JsonNode area : report.get("areas")) {
            for (JsonNode objective : area.get("objectives")) {
                for (JsonNode indicator : objective.get("indicators")) {
                    if (indicator.get("id").asLong() == indicatorId) {
                        return indicator.get("valueUsed");
                    }
                }
            }
        }
        return null;
    }

    private static int kindIndex(JsonNode periods, String kind) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).get("kind").asText().equals(kind)) {
                return i;
            }
        }
        throw new IllegalStateException("No " + kind + " period");
    }

    private static String codeOf(JsonNode structures, long id) {
        for (JsonNode s : structures) {
            if (s.get("id").asLong() == id) {
                return s.get("code").asText();
            }
        }
        return null;
    }

    private static Integer numberOf(JsonNode areas, long id) {
        for (JsonNode a : areas) {
            if (a.get("id").asLong() == id) {
                return a.get("number").asInt();
            }
        }
        return null;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    /** Collects every difference, so that one run lists them all. */
    private static final class Comparison {

        final List<String> differences = new ArrayList<>();

        void same(String at, JsonNode expected, JsonNode actual, String... fields) {
            if (actual == null) {
                differences.add(at + ": missing");
                return;
            }
            for (String field : fields) {
                JsonNode e = expected.get(field);
                JsonNode a = actual.get(field);
                if (!sameValue(e, a)) {
                    differences.add(at + " " + field + ": seed " + e + ", imported " + a);
                }
            }
        }

        void sameList(String at, JsonNode expected, JsonNode actual, String... fields) {
            equal(at + " size", expected.size(), actual.size());
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                same(at + "[" + i + "]", expected.get(i), actual.get(i), fields);
            }
        }

        void equal(String at, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                differences.add(at + ": seed " + expected + ", imported " + actual);
            }
        }

        private static boolean sameValue(JsonNode e, JsonNode a) {
            boolean eMissing = e == null || e.isNull();
            boolean aMissing = a == null || a.isNull();
            if (eMissing || aMissing) {
                return eMissing && aMissing;
            }
            if (e.isNumber() && a.isNumber()) {
                return e.decimalValue().compareTo(a.decimalValue()) == 0;
            }
            return e.asText().equals(a.asText()) && e.isNumber() == a.isNumber();
        }
    }
}
