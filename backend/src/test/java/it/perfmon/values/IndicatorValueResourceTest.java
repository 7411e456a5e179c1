package it.perfmon.values;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Database;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Other regional systems pull the indicator values of the plans as flat rows, in JSON or CSV, incrementally. */
@QuarkusTest
class IndicatorValueResourceTest {

    private static final String VALUES = "/api/v1/indicator-values";
    private static final String CSV = "text/csv";
    private static final String HEADER = "planId,planYear,organisationCode,periodId,periodKind,periodDate,areaNumber,objectiveCode,"
            + "objectiveTitle,indicatorId,indicatorPosition,indicator,kind,baselineValue,baselineReference,targetValue,"
            + "nextYearsTargetValue,nextYearsTargetRule,computedValue,enteredValue,valueUsed,assessmentStep,"
            + "monitoringNote,dataSource,deviationExplanation,correctiveActions,updatedAt";

    private static RequestSpecification pull() {
        return given().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(NumberReturnType.BIG_DECIMAL))).accept("application/json");
    }

    private static RequestSpecification interim2021() {
        return pull().queryParam("planId", Arti2021.planId()).queryParam("periodId", Arti2021.interimPeriodId());
    }

    private static JsonPath rows(RequestSpecification request) {
        return request.get(VALUES).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath rows, String code, int position) {
        return rows.getMap("items.find { it.objectiveCode == '%s' && it.indicatorPosition == %d }"
                .formatted(code, position));
    }

    @Test
    void shouldPullTheInterimValuesOf2021AsComputedInTheReport() {
        Map<String, Object> interviews = row(rows(interim2021().queryParam("limit", 100)), "1.5", 2);
        assertEquals(new BigDecimal("188.935"), interviews.get("computedValue"));
        assertEquals(new BigDecimal("188.935"), interviews.get("valueUsed"));
        assertEquals(null, interviews.get("enteredValue"));
        assertEquals("RATIO_PLANNED", interviews.get("kind"));
        assertEquals(1, ((Number) interviews.get("areaNumber")).intValue());
        assertEquals(1, ((Number) interviews.get("assessmentStep")).intValue());
        assertEquals("INTERIM", interviews.get("periodKind"));
        assertEquals("2021-06-30", interviews.get("periodDate"));
        assertEquals(2021, ((Number) interviews.get("planYear")).intValue());
        assertEquals("Nel corso del primo semestre sono stati erogati 37.787 colloqui online",
                interviews.get("monitoringNote"));
        assertEquals("Direzione", interviews.get("dataSource"));
        assertEquals(Arti2021.indicatorId("1.5", 2), ((Number) interviews.get("indicatorId")).longValue());
    }

    @Test
    void shouldKeepTheEnteredValueBesideTheComputedOne() {
        Map<String, Object> objective12 = row(rows(interim2021().queryParam("limit", 100)), "1.2", 1);
        assertEquals(15, ((Number) objective12.get("computedValue")).intValue());
        assertEquals(30, ((Number) objective12.get("enteredValue")).intValue());
        assertEquals(30, ((Number) objective12.get("valueUsed")).intValue());
    }

    @Test
    void shouldCarryBaselineAndTargetsOfTheIndicator() {
        Map<String, Object> offers = row(rows(interim2021().queryParam("limit", 100)), "3.2", 1);
        assertEquals(new BigDecimal("66.63"), offers.get("baselineValue"));
        assertEquals("dato 2020", offers.get("baselineReference"));
        assertEquals(66, ((Number) offers.get("targetValue")).intValue());
        assertEquals(null, offers.get("nextYearsTargetValue"));
        assertEquals(">= dato finale anno precedente", offers.get("nextYearsTargetRule"));
    }

    @Test
    void shouldListEveryPeriodOfThePlanInReadingOrder() {
        JsonPath rows = rows(pull().queryParam("planId", Arti2021.planId()).queryParam("limit", 100));
        assertEquals(36, rows.getInt("total"));
        List<String> kinds = rows.getList("items.periodKind");
        assertEquals(List.of("INTERIM", "FINAL"), kinds.stream().distinct().toList());
        assertEquals(18, kinds.indexOf("FINAL"));
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.4", "1.5", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "3.1",
                "3.2", "4.1", "4.2", "4.4", "4.4"), rows.getList("items.objectiveCode").subList(0, 18));
        assertEquals(List.of(1, 2), rows.getList("items.findAll { it.objectiveCode == '4.4' && it.periodKind == 'FINAL' }"
                + ".indicatorPosition"));
    }

    @Test
    void shouldListEveryPlanWithoutFilters() {
        int perPlan2021 = rows(pull().queryParam("planId", Arti2021.planId()).queryParam("limit", 1)).getInt("total");
        int all = rows(pull().queryParam("limit", 1)).getInt("total");
        assertTrue(all >= perPlan2021, "all plans hold " + all + " rows, 2021 alone " + perPlan2021);
        assertEquals(perPlan2021, rows(pull().queryParam("year", 2021).queryParam("limit", 1)).getInt("total"));
    }

    @Test
    void shouldFilterByObjective() {
        JsonPath rows = rows(interim2021().queryParam("objectiveId", Arti2021.objectiveId("1.5")));
        assertEquals(List.of(1, 2), rows.getList("items.indicatorPosition"));
        assertEquals(List.of("1.5", "1.5"), rows.getList("items.objectiveCode"));
    }

    @Test
    void shouldFilterByObjectiveCode() {
        JsonPath rows = rows(pull().queryParam("year", 2021).queryParam("objectiveCode", "4.4"));
        assertEquals(4, rows.getInt("total"));
        assertEquals(List.of("INTERIM", "INTERIM", "FINAL", "FINAL"), rows.getList("items.periodKind"));
    }

    @Test
    void shouldFilterByArea() {
        JsonPath rows = rows(interim2021().queryParam("areaId", Arti2021.areaId(4)));
        assertEquals(List.of("4.1", "4.2", "4.4", "4.4"), rows.getList("items.objectiveCode"));
        assertEquals(List.of(4, 4, 4, 4), rows.getList("items.areaNumber"));
    }

    @Test
    void shouldFilterByAPartOfTheProgrammingLink() {
        JsonPath rows = rows(interim2021().queryParam("programmingLink", "programma di governo"));
        assertEquals(List.of("1.5", "1.5"), rows.getList("items.objectiveCode"));
        assertEquals(6, rows(interim2021().queryParam("programmingLink", "DGR n. 1363/2020")).getInt("total"));
    }

    @Test
    void shouldTakeLikeWildcardsInTheProgrammingLinkLiterally() {
        interim2021().queryParam("programmingLink", "%").get(VALUES).then().body("total", equalTo(0));
        interim2021().queryParam("programmingLink", "DEFR_n").get(VALUES).then().body("total", equalTo(0));
    }

    @Test
    void shouldPullTheSameRowsAsCsvWithAHeaderAndDotDecimals() {
        Response response = interim2021().accept(CSV).queryParam("limit", 100).get(VALUES);
        response.then().statusCode(200).contentType(startsWith(CSV)).contentType(containsString("charset=UTF-8"));
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith(HEADER + "\r\n"), body.substring(0, Math.min(400, body.length())));
        List<Map<String, String>> csv = parseCsv(body);
        Map<String, String> interviews = csv.stream()
                .filter(r -> r.get("objectiveCode").equals("1.5") && r.get("indicatorPosition").equals("2"))
                .findFirst().orElseThrow();
        assertEquals("188.935", interviews.get("computedValue"));
        assertEquals("", interviews.get("enteredValue"));
        assertEquals("2021-06-30", interviews.get("periodDate"));

        JsonPath json = rows(interim2021().queryParam("limit", 100));
        List<Map<String, Object>> items = json.getList("items");
        assertEquals(items.size(), csv.size());
        assertEquals(List.copyOf(items.get(0).keySet()), List.of(HEADER.split(",")));
        for (int i = 0; i < items.size(); i++) {
            Map<String, String> expected = new LinkedHashMap<>();
            items.get(i).forEach((field, value) -> expected.put(field, text(value)));
            assertEquals(expected, csv.get(i), "row " + i);
        }
    }

    @Test
    void shouldQuoteCsvFieldsHoldingCommasAndQuotes() {
        Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
        long indicator = Api.createIndicator(plan.objectiveId(), Map.of("description",
                "Numero utenti soddisfatti, su \"tutti\" gli utenti rilevati", "kind", "DIRECT", "targetValue", 79));
        String body = given().accept(CSV).queryParam("planId", plan.planId()).get(VALUES).then().statusCode(200)
                .extract().asString();
        assertTrue(body.contains("," + indicator + ",1,\"Numero utenti soddisfatti, su \"\"tutti\"\" gli utenti rilevati\","
                + "DIRECT,,,79,"), body);
        assertEquals(2, body.split("\r\n").length);
    }

    @Test
    void shouldNeutraliseTextsASpreadsheetWouldTakeForFormulasAsTheAllegatoDoes() {
        Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
        long indicator = Api.createIndicator(plan.objectiveId(), Map.of("description",
                "+39 utenti soddisfatti/utenti rilevati", "kind", "DIRECT", "targetValue", 79,
                "baselineReference", "-"));
        json().body(Map.of("enteredValue", 80, "monitoringNote", "=HYPERLINK(\"http://example.org\",\"dettagli\")",
                        "dataSource", "@SUM(A1:A9)"))
                .put("/api/v1/indicators/{id}/results/{periodId}", indicator, plan.periodId()).then().statusCode(201);

        String body = given().accept(CSV).queryParam("planId", plan.planId()).get(VALUES).then().statusCode(200)
                .extract().asString();
        Map<String, String> row = parseCsv(body).get(0);
        assertEquals("'=HYPERLINK(\"http://example.org\",\"dettagli\")", row.get("monitoringNote"));
        assertEquals("'@SUM(A1:A9)", row.get("dataSource"));
        assertEquals("'+39 utenti soddisfatti/utenti rilevati", row.get("indicator"));
        assertEquals("-", row.get("baselineReference"), "the source's lone dash for \"not applicable\" stays");
        assertEquals("80", row.get("enteredValue"), "numbers are not texts");
        // The JSON carries the texts as they were written.
        pull().queryParam("planId", plan.planId()).get(VALUES).then().statusCode(200)
                .body("items[0].monitoringNote", equalTo("=HYPERLINK(\"http://example.org\",\"dettagli\")"));
    }

    @Test
    void shouldPageStablyWithoutLosingOrRepeatingRows() {
        long planId = Arti2021.planId();
        List<Object> whole = rows(pull().queryParam("planId", planId).queryParam("limit", 500))
                .getList("items.collect { it.periodId + '/' + it.indicatorId }");
        List<Object> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 7) {
            JsonPath page = rows(pull().queryParam("planId", planId).queryParam("offset", offset).queryParam("limit", 7));
            assertEquals(whole.size(), page.getInt("total"));
            assertEquals(offset, page.getInt("offset"));
            paged.addAll(page.getList("items.collect { it.periodId + '/' + it.indicatorId }"));
        }
        assertEquals(whole, paged);
        assertEquals(whole.size(), whole.stream().distinct().count());
    }

    @Test
    void shouldPageTheCsvLikeTheJson() {
        String body = interim2021().accept(CSV).queryParam("offset", 5).queryParam("limit", 2).get(VALUES).then()
                .statusCode(200).extract().asString();
        List<Map<String, String>> csv = parseCsv(body);
        assertEquals(List.of("1.5", "1.5"), csv.stream().map(r -> r.get("objectiveCode")).toList());
        assertEquals(List.of("1", "2"), csv.stream().map(r -> r.get("indicatorPosition")).toList());
    }

    @Test
    void shouldAnswer304ToTheEtagOfTheJson() {
        String etag = interim2021().get(VALUES).then().statusCode(200).extract().header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        interim2021().header("If-None-Match", etag).get(VALUES).then().statusCode(304).body(emptyString());
        interim2021().queryParam("limit", 3).header("If-None-Match", etag).get(VALUES).then().statusCode(200);
    }

    @Test
    void shouldAnswer304ToTheEtagOfTheCsvAndTagEachMediaTypeApart() {
        Response csv = interim2021().accept(CSV).get(VALUES);
        csv.then().statusCode(200).header("Vary", containsString("Accept"));
        String csvTag = csv.header("ETag");
        String jsonTag = interim2021().get(VALUES).then().statusCode(200).extract().header("ETag");
        assertNotEquals(jsonTag, csvTag);
        interim2021().accept(CSV).header("If-None-Match", csvTag).get(VALUES).then().statusCode(304);
        interim2021().accept(CSV).header("If-None-Match", jsonTag).get(VALUES).then().statusCode(200);
        interim2021().header("If-None-Match", csvTag).get(VALUES).then().statusCode(200);
    }

    @Test
    void shouldChangeTheEtagWhenAValueChanges() {
        Fixture fixture = Fixture.create();
        String etag = pull().queryParam("planId", fixture.plan.planId()).get(VALUES).then().statusCode(200).extract()
                .header("ETag");
        changeCount(fixture.applications, CountComponent.NUMERATOR, 100);
        pull().queryParam("planId", fixture.plan.planId()).header("If-None-Match", etag).get(VALUES).then()
                .statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldReturnOnlyTheRowsOfTheIndicatorWhoseCountChanged() {
        Fixture fixture = Fixture.create();
        Instant before = Instant.now();
        RequestSpecification since = pull().queryParam("planId", fixture.plan.planId())
                .queryParam("updatedSince", before.toString());
        since.get(VALUES).then().statusCode(200).body("total", equalTo(0));

        changeCount(fixture.applications, CountComponent.NUMERATOR, 100);

        JsonPath changed = rows(pull().queryParam("planId", fixture.plan.planId())
                .queryParam("updatedSince", before.toString()));
        assertEquals(List.of(fixture.applications, fixture.applications),
                changed.getList("items.indicatorId", Long.class));
        assertEquals(List.of("INTERIM", "FINAL"), changed.getList("items.periodKind"));
        // 100 / 106 instead of 96 / 106
        assertTrue(changed.<BigDecimal>get("items[0].computedValue").toPlainString().startsWith("94.3396"),
                changed.prettify());
        Instant updatedAt = Instant.parse(changed.getString("items[0].updatedAt"));
        assertTrue(updatedAt.isAfter(before), updatedAt + " after " + before);
    }

    @Test
    void shouldReturnTheRowsOfAnIndicatorWhoseCountWasAdded() {
        Fixture fixture = Fixture.create();
        Instant before = Instant.now();
        Database.addCount(fixture.interviews, CountComponent.NUMERATOR, fixture.plan.year() + "-07-01",
                fixture.plan.year() + "-07-31", 6241);

        JsonPath changed = rows(pull().queryParam("planId", fixture.plan.planId())
                .queryParam("updatedSince", before.toString()));
        assertEquals(List.of(fixture.interviews, fixture.interviews), changed.getList("items.indicatorId", Long.class));
        // A July count moves the final value only, but the interim row is sent again rather than risk missing one.
        assertEquals(new BigDecimal("188.935"), changed.get("items.find { it.periodKind == 'INTERIM' }.computedValue"));
        assertEquals(new BigDecimal("220.14"), changed.get("items.find { it.periodKind == 'FINAL' }.computedValue"));
    }

    @Test
    void shouldReturnTheRowsOfATimelineWhosePhaseWasReported() {
        Fixture fixture = Fixture.create();
        Instant before = Instant.now();
        json().header("If-Match", Api.etag("/api/v1/phases/{id}", fixture.phase))
                .body(Map.of("partialProgress", 40, "monitoringNote", "Bozza delle linee guida in revisione"))
                .put("/api/v1/phases/{id}/progress", fixture.phase).then().statusCode(200);

        JsonPath changed = rows(pull().queryParam("planId", fixture.plan.planId())
                .queryParam("updatedSince", before.toString()));
        assertEquals(List.of(fixture.timeline, fixture.timeline), changed.getList("items.indicatorId", Long.class));
        assertEquals(List.of(20, 20), changed.getList("items.computedValue", Integer.class));
    }

    @Test
    void shouldAcceptAnInstantWithAnOffset() {
        Fixture fixture = Fixture.create();
        pull().queryParam("planId", fixture.plan.planId()).queryParam("updatedSince", "2000-01-01T02:00:00+02:00")
                .get(VALUES).then().statusCode(200).body("total", equalTo(8));
    }

    @Test
    void shouldRefuseAnUpdatedSinceThatIsNotAnInstant() {
        pull().queryParam("updatedSince", "ieri").get(VALUES).then().spec(problem(400, "updatedSince"));
        pull().queryParam("updatedSince", "2021-07-01").get(VALUES).then().spec(problem(400, "updatedSince"));
    }

    @Test
    void shouldRefuseIdsThatAreNotNumbersNamingEachParameter() {
        pull().queryParam("planId", "ventuno").queryParam("periodId", "-1").queryParam("areaId", "1.5")
                .queryParam("objectiveId", "0").get(VALUES).then()
                .spec(problem(400)).body("errors.field", hasItems("planId", "periodId", "areaId", "objectiveId"));
    }

    @Test
    void shouldRefuseIdsOfNothing() {
        pull().queryParam("planId", 999_999_999).get(VALUES).then().spec(problem(400, "planId"))
                .body("errors[0].message", containsString("999999999"));
        pull().queryParam("periodId", 999_999_999).get(VALUES).then().spec(problem(400, "periodId"));
        pull().queryParam("areaId", 999_999_999).get(VALUES).then().spec(problem(400, "areaId"));
        pull().queryParam("objectiveId", 999_999_999).get(VALUES).then().spec(problem(400, "objectiveId"));
    }

    @Test
    void shouldRefuseAYearOutOfRange() {
        pull().queryParam("year", 1999).get(VALUES).then().spec(problem(400, "year"));
    }

    @Test
    void shouldAnswerProblemDetailsToACsvClientToo() {
        given().accept(CSV).queryParam("updatedSince", "ieri").get(VALUES).then().spec(problem(400, "updatedSince"));
    }

    @Test
    void shouldReturnNoRowsForAPlanWithoutIndicators() {
        long planId = Api.createPlan(Api.freshYear());
        pull().queryParam("planId", planId).get(VALUES).then().statusCode(200).body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void shouldCombineFiltersWithAnd() {
        long otherPlanArea = Api.planWithObjective(Api.freshYear()).areaId();
        interim2021().queryParam("areaId", otherPlanArea).get(VALUES).then().statusCode(200)
                .body("total", equalTo(0));
        interim2021().queryParam("objectiveCode", "1.5").queryParam("programmingLink", "DGR").get(VALUES).then()
                .statusCode(200).body("total", equalTo(0));
        rows(interim2021().queryParam("objectiveCode", "1.6").queryParam("areaId", Arti2021.areaId(1)))
                .getList("items.objectiveCode").forEach(code -> assertEquals("1.6", code));
        interim2021().queryParam("objectiveCode", "1.6").get(VALUES).then()
                .body("items.kind", everyItem(equalTo("RATIO"))).body("items.indicatorPosition", contains(1));
    }

    /**
     * A throw-away plan with an interim and a final period: objective 1.1 with a timeline of one phase (weight 50)
     * and a direct indicator, 1.5 counting remote interviews against 20.000 planned, 1.6 applications examined over
     * applications received (96 / 106).
     */
    private record Fixture(Api.PlanFixture plan, long timeline, long satisfaction, long phase, long interviews,
            long applications) {

        static Fixture create() {
            Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
            int year = plan.year();
            Api.createPeriod(plan.planId(), year + "-12-31", "FINAL");
            long timeline = Api.createTimelineIndicator(plan.objectiveId());
            long satisfaction = Api.createDirectIndicator(plan.objectiveId());
            long phase = Api.createPhase(plan.objectiveId(), 1, year + "-01-01", year + "-09-30", 50);
            long objective15 = Api.createObjective(plan.planId(), plan.areaId(), "1.5", 8);
            long interviews = Api.createIndicator(objective15, Map.of("description",
                    "Numero colloqui erogati attraverso i servizi a distanza/Numero di colloqui che si prevede di erogare",
                    "kind", "RATIO_PLANNED", "plannedQuantity", 20000, "targetValue", 100));
            long objective16 = Api.createObjective(plan.planId(), plan.areaId(), "1.6", 8);
            long applications = Api.createIndicator(objective16, Map.of("description",
                    "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
            Database.addCount(interviews, CountComponent.NUMERATOR, year + "-01-01", year + "-06-30", 37787);
            Database.addCount(applications, CountComponent.NUMERATOR, year + "-01-01", year + "-06-30", 96);
            Database.addCount(applications, CountComponent.DENOMINATOR, year + "-01-01", year + "-06-30", 106);
            return new Fixture(plan, timeline, satisfaction, phase, interviews, applications);
        }
    }

    /** A figure re-posted with a correction, through the API as a regional system sends it: the same count, a new value. */
    private static void changeCount(long indicatorId, CountComponent component, long value) {
        IndicatorCount count = QuarkusTransaction.requiringNew().call(() -> IndicatorCount.<IndicatorCount>find(
                "indicator.id = ?1 and component = ?2", indicatorId, component).firstResult());
        Api.json().body(Map.of("component", component.name(), "from", count.spanStart.toString(), "to",
                count.spanEnd.toString(), "value", value)).put("/api/v1/indicators/{id}/counts", indicatorId)
                .then().statusCode(200);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<Map<String, String>> parseCsv(String body) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        List<String> header = records.get(0);
        return records.subList(1, records.size()).stream().map(values -> {
            assertEquals(header.size(), values.size(), "fields of " + values);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), values.get(i));
            }
            return row;
        }).toList();
    }
}
