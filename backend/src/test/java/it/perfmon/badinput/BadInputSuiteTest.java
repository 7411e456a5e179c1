package it.perfmon.badinput;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.Problems;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind gets a clear 4xx problem (naming the field where there is one) and leaves every table as
 * it was: each case compares the checksums of all the data tables before and after.
 */
@QuarkusTest
class BadInputSuiteTest {

    private static final String JSON = "application/json";
    private static final List<String> TABLES = List.of("organisation", "responsible_structure", "territorial_unit",
            "plan", "monitoring_period", "period_snapshot", "strategic_area", "objective", "indicator", "phase",
            "indicator_count", "indicator_result", "audit_event", "app_user", "api_token", "idempotency_key");

    /** One bad request: ids in the path and body are placeholders filled from a throw-away plan. */
    record Case(String name, String method, String path, String contentType, byte[] body, int status, String field,
            Map<String, String> headers) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case json(String name, String method, String path, String body, int status, String field) {
        return new Case(name, method, path, JSON, body == null ? null : body.getBytes(StandardCharsets.UTF_8), status,
                field, Map.of());
    }

    private static Case raw(String name, String method, String path, String contentType, byte[] body, int status) {
        return new Case(name, method, path, contentType, body, status, null, Map.of());
    }

    private static Case withHeaders(Case c, Map<String, String> headers) {
        return new Case(c.name(), c.method(), c.path(), c.contentType(), c.body(), c.status(), c.field(), headers);
    }

    private static final String OBJECTIVE = """
            {"areaId": {areaId}, "code": "%s", "title": %s, "weight": %s, "responsibleStructureId": {structureId}}""";

    private static String objective(String code, String title, String weight) {
        return OBJECTIVE.formatted(code, title, weight);
    }

    private static final String PHASE = """
            {"number": %s, "description": "Fase di prova", "plannedStart": "%s", "plannedEnd": "%s", "weight": %s}""";

    private static String count(String from, String to, String value) {
        return """
                {"component": "NUMERATOR", "from": "%s", "to": "%s", "value": %s}""".formatted(from, to, value);
    }

    static Stream<Case> cases() {
        String longTitle = "\"" + "x".repeat(1001) + "\"";
        String deep = "[".repeat(5000) + "]".repeat(5000);
        byte[] latin1 = "{\"title\": \"Attivit\u00e0\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        return Stream.of(
                json("malformed JSON", "POST", "/api/v1/plans/{planId}/objectives", "{\"code\": }", 400, null),
                json("truncated JSON", "POST", "/api/v1/plans/{planId}/objectives", "{\"code\": \"9.1\", \"title\": \"Obiet", 400, null),
                json("empty body", "POST", "/api/v1/plans/{planId}/objectives", null, 400, null),
                json("array for an object", "POST", "/api/v1/plans/{planId}/objectives", "[]", 400, null),
                json("text for a number", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "\"Titolo\"", "\"otto\""), 400, "weight"),
                json("number for a text", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "12", "8"), 400, "title"),
                json("unknown field", "POST", "/api/v1/plans/{planId}/objectives",
                        "{\"areaId\": {areaId}, \"code\": \"9.1\", \"title\": \"T\", \"responsibleStructureId\": {structureId}, \"owner\": \"me\"}", 400, "owner"),
                json("duplicate key", "POST", "/api/v1/plans/{planId}/objectives",
                        "{\"areaId\": {areaId}, \"code\": \"9.1\", \"code\": \"9.2\", \"title\": \"T\", \"responsibleStructureId\": {structureId}}", 400, null),
                json("missing required field", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "null", "8"), 400, "title"),
                json("blank required text", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "\"   \"", "8"), 400, "title"),
                json("overlong text", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", longTitle, "8"), 400, "title"),
                json("code with a path trick", "POST", "/api/v1/plans/{planId}/objectives", objective("../9", "\"T\"", "8"), 400, "code"),
                json("negative weight", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "\"T\"", "-1"), 400, "weight"),
                json("weight over 100", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "\"T\"", "100.01"), 400, "weight"),
                json("absurd weight", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "\"T\"", "1e300"), 400, "weight"),
                json("number too long to read", "POST", "/api/v1/plans/{planId}/objectives", objective("9.1", "\"T\"", "1" + "0".repeat(2000)), 400, null),
                json("nesting too deep", "POST", "/api/v1/plans/{planId}/objectives", deep, 400, null),
                json("unknown area", "POST", "/api/v1/plans/{planId}/objectives",
                        "{\"areaId\": 999999999, \"code\": \"9.1\", \"title\": \"T\", \"responsibleStructureId\": {structureId}}", 400, "areaId"),
                json("unknown enum value", "POST", "/api/v1/objectives/{objectiveId}/indicators",
                        "{\"description\": \"D\", \"kind\": \"GUESS\", \"targetValue\": 100}", 400, "kind"),
                json("planned quantity for a plain ratio", "POST", "/api/v1/objectives/{objectiveId}/indicators",
                        "{\"description\": \"D\", \"kind\": \"RATIO\", \"plannedQuantity\": 100}", 400, "plannedQuantity"),
                json("reversed phase dates", "POST", "/api/v1/objectives/{objectiveId}/phases",
                        PHASE.formatted(9, "{year}-06-30", "{year}-01-01", 10), 400, "plannedEnd"),
                json("phase weight over 100", "POST", "/api/v1/objectives/{objectiveId}/phases",
                        PHASE.formatted(9, "{year}-01-01", "{year}-06-30", 101), 400, "weight"),
                json("phase number zero", "POST", "/api/v1/objectives/{objectiveId}/phases",
                        PHASE.formatted(0, "{year}-01-01", "{year}-06-30", 10), 400, "number"),
                json("phase number as a fraction", "POST", "/api/v1/objectives/{objectiveId}/phases",
                        PHASE.formatted("2.5", "{year}-01-01", "{year}-06-30", 10), 400, "number"),
                json("impossible date", "POST", "/api/v1/objectives/{objectiveId}/phases",
                        PHASE.formatted(9, "{year}-02-30", "{year}-06-30", 10), 400, "plannedStart"),
                json("reversed count span", "PUT", "/api/v1/indicators/{indicatorId}/counts", count("{year}-03-31", "{year}-03-01", "5"), 400, "to"),
                json("negative count", "PUT", "/api/v1/indicators/{indicatorId}/counts", count("{year}-03-01", "{year}-03-31", "-5"), 400, "value"),
                json("absurd count", "PUT", "/api/v1/indicators/{indicatorId}/counts", count("{year}-03-01", "{year}-03-31", "1e20"), 400, "value"),
                json("count outside the plan's year", "PUT", "/api/v1/indicators/{indicatorId}/counts", count("1999-03-01", "1999-03-31", "5"), 400, "from"),
                json("batch over 5000 rows", "POST", "/api/v1/counts/batch", "{\"rows\": [" + String.join(",",
                        java.util.Collections.nCopies(5001, "{\"indicatorId\": {indicatorId}, \"component\": \"NUMERATOR\", \"from\": \"{year}-01-01\", \"to\": \"{year}-01-01\", \"value\": 1}"))
                        + "]}", 400, "rows"),
                json("assessment step 7", "PUT", "/api/v1/indicators/{indicatorId}/results/{periodId}",
                        "{\"assessmentStep\": 7}", 400, "assessmentStep"),
                json("progress over 100%", "PUT", "/api/v1/phases/{phaseId}/progress", "{\"partialProgress\": 150}", 400, "partialProgress"),
                withHeaders(json("stale If-Match", "PUT", "/api/v1/phases/{phaseId}/progress", "{\"partialProgress\": 10}", 412, null),
                        Map.of("If-Match", "\"987654\"")),
                withHeaders(json("If-Match that is not a version", "PUT", "/api/v1/phases/{phaseId}/progress", "{\"partialProgress\": 10}", 412, null),
                        Map.of("If-Match", "'; DROP TABLE phase; --")),
                json("period outside the plan's year", "POST", "/api/v1/plans/{planId}/periods",
                        "{\"kind\": \"FINAL\", \"referenceDate\": \"1999-12-31\", \"label\": \"Fine\"}", 400, "referenceDate"),
                json("reopen without reason", "POST", "/api/v1/periods/{periodId}/reopen", "{\"reason\": \"\"}", 400, "reason"),
                json("next year's title too long", "POST", "/api/v1/plans/{planId}/next-year", "{\"title\": " + longTitle.repeat(1) + "}", 400, "title"),
                json("token with an unknown scope", "POST", "/api/v1/tokens",
                        "{\"name\": \"prova\", \"scopes\": [\"admin:all\"], \"expiresOn\": \"2027-01-01\"}", 400, "scopes[0]"),
                json("user with a short password", "POST", "/api/v1/users",
                        "{\"username\": \"nuovo\", \"displayName\": \"Nuovo\", \"password\": \"corta\", \"role\": \"VIEWER\"}", 400, "password"),
                json("user name with a script", "POST", "/api/v1/users",
                        "{\"username\": \"<script>alert(1)</script>\", \"displayName\": \"X\", \"password\": \"una-password-lunga\", \"role\": \"VIEWER\"}", 400, "username"),
                json("login with a number for the password", "POST", "/api/v1/auth/login", "{\"username\": \"admin\", \"password\": 12}", 400, "password"),
                raw("wrong media type", "POST", "/api/v1/plans/{planId}/objectives", "text/plain", "code=9.1".getBytes(StandardCharsets.UTF_8), 415),
                raw("XML instead of JSON", "POST", "/api/v1/counts/batch", "application/xml", "<rows/>".getBytes(StandardCharsets.UTF_8), 415),
                raw("invalid UTF-8", "POST", "/api/v1/plans/{planId}/objectives", JSON, latin1, 400),
                raw("body over the limit", "POST", "/api/v1/plans/{planId}/objectives", JSON, huge, 413),
                json("page limit too large", "GET", "/api/v1/plans?limit=100000", null, 400, "limit"),
                json("negative offset", "GET", "/api/v1/plans?offset=-1", null, 400, "offset"),
                json("malformed updatedSince", "GET", "/api/v1/indicator-values?updatedSince=ieri", null, 400, "updatedSince"),
                json("SQL in a filter", "GET", "/api/v1/indicator-values?objectiveCode=1.1'%20OR%20'1'='1", null, 400, "objectiveCode"),
                json("unknown audit entity type", "GET", "/api/v1/audit?entityType=plan;DROP", null, 400, "entityType"));
    }

    @Inject
    DataSource dataSource;

    private static Map<String, Long> ids;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldRefuseWithAProblemAndWriteNothing(Case c) throws SQLException {
        Map<String, Long> fixture = fixture();
        Map<String, Long> before = checksums();
        RequestSpecification request = given().header("Authorization", "Bearer " + DefaultCredentials.ADMIN_TOKEN)
                .accept(JSON);
        c.headers().forEach(request::header);
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.body() != null) {
            request.body(fill(new String(c.body(), StandardCharsets.ISO_8859_1), fixture).getBytes(StandardCharsets.ISO_8859_1));
        }
        ValidatableResponse response = request.request(c.method(), fill(c.path(), fixture)).then()
                .log().ifValidationFails().spec(Problems.problem(c.status()));
        if (c.field() != null) {
            response.body("errors.field", hasItem(c.field()));
        }
        assertEquals(before, checksums(), "the request changed the database");
    }

    private static final List<String> HOSTILE_TEXTS = List.of("'; DROP TABLE objective; --", "1.1' OR '1'='1",
            "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "{{constructor.constructor('alert(1)')()}}",
            "=HYPERLINK(\"http://example.org\")", "\u0000 nul e \u202e testo al contrario");

    @org.junit.jupiter.api.Test
    void shouldStoreSqlAndScriptTextsLiterallyInEveryTextField() throws SQLException {
        Map<String, Long> fixture = fixture();
        for (String text : HOSTILE_TEXTS) {
            Map<String, Object> objective = new java.util.HashMap<>(Api.objectiveBody(fixture.get("areaId"),
                    "8." + (HOSTILE_TEXTS.indexOf(text) + 1)));
            objective.put("title", text);
            objective.put("notes", text);
            objective.put("programmingLink", text);
            long objectiveId = Api.postObjective(fixture.get("planId"), objective).statusCode(201).extract().jsonPath().getLong("id");
            long indicatorId = Api.createIndicator(objectiveId, Map.of("description", text, "kind", "DIRECT",
                    "planningNote", text, "baselineReference", text.length() > 100 ? text.substring(0, 100) : text));
            given().get("/api/v1/objectives/{id}", objectiveId).then().statusCode(200)
                    .body("title", org.hamcrest.Matchers.equalTo(text)).body("notes", org.hamcrest.Matchers.equalTo(text))
                    .body("programmingLink", org.hamcrest.Matchers.equalTo(text));
            given().get("/api/v1/indicators/{id}", indicatorId).then().statusCode(200)
                    .body("description", org.hamcrest.Matchers.equalTo(text))
                    .body("planningNote", org.hamcrest.Matchers.equalTo(text));
        }
        // The tables are all still there, with the 2021 plan in them.
        given().get("/api/v1/plans/{id}/report", Arti2021.planId()).then().statusCode(200);
        assertEquals(TABLES.size(), checksums().size());
    }

    private static String fill(String text, Map<String, Long> fixture) {
        String filled = text;
        for (var entry : fixture.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
        }
        return filled;
    }

    /** A plan of its own with one of each thing, and the 2021 plan's closed-able interim period. */
    private static synchronized Map<String, Long> fixture() {
        if (ids == null) {
            Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
            long indicator = Api.createIndicator(plan.objectiveId(), Map.of("description",
                    "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
            long phase = Api.createPhase(plan.objectiveId(), 1, plan.year() + "-01-01", plan.year() + "-06-30", 100);
            ids = new LinkedHashMap<>();
            ids.put("year", (long) plan.year());
            ids.put("planId", plan.planId());
            ids.put("periodId", plan.periodId());
            ids.put("areaId", plan.areaId());
            ids.put("objectiveId", plan.objectiveId());
            ids.put("indicatorId", indicator);
            ids.put("phaseId", phase);
            ids.put("structureId", Api.structureId("DIREZIONE"));
            ids.put("arti2021", Arti2021.planId());
        }
        return ids;
    }

    private Map<String, Long> checksums() throws SQLException {
        Map<String, Long> sums = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + String.join(", ", TABLES))) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sums;
    }
}
