package it.perfmon.count;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import it.perfmon.testing.Api;
import it.perfmon.testing.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a client is told about the body of a batch, whichever way the server reads it: each oddity of JSON gets the
 * same status, problem type and field as when Jackson's data binding read every batch, nothing of a refused batch is
 * written, and what Jackson accepted leniently is still accepted.
 */
@QuarkusTest
class CountBatchBodyTest {

    private static final String VALIDATION = "urn:perfmon:problem:validation";
    private static final String UNKNOWN_FIELD = "urn:perfmon:problem:unknown-field";
    private static final String MALFORMED = "urn:perfmon:problem:malformed-json";

    /** A row of a plain total; @day is replaced by a day of its own for each case. */
    private static final String ROW = """
            {"indicatorId": @id, "component": "NUMERATOR", "from": "@year-@day", "to": "@year-@day", \
            "territorialUnit": "FI-PO", "value": 7}""";

    /** A refused body: the first row is good, so that "nothing written" is checked against a row that would be. */
    record Refused(String name, String secondRow, int status, String type, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Refused refused(String name, String secondRow, String type, String field) {
        return new Refused(name, secondRow, 400, type, field);
    }

    private static String extra(String field) {
        return ROW.substring(0, ROW.length() - 1) + ", " + field + "}";
    }

    private static String replaced(String field, String json) {
        return ROW.replaceFirst("\"" + field + "\": (\"[^\"]*\"|[^,}]+)",
                Matcher.quoteReplacement("\"" + field + "\": " + json));
    }

    static Stream<Refused> refusedBodies() {
        return Stream.of(
                refused("unknown field in a row", extra("\"colour\": \"rosso\""), UNKNOWN_FIELD, "rows[1].colour"),
                refused("text for the indicator", replaced("indicatorId", "\"abc\""), VALIDATION, "rows[1].indicatorId"),
                refused("fraction for the indicator", replaced("indicatorId", "1.5"), VALIDATION, "rows[1].indicatorId"),
                refused("indicator beyond a long", replaced("indicatorId", "99999999999999999999"), MALFORMED, null),
                refused("unknown component", replaced("component", "\"ALTRO\""), VALIDATION, "rows[1].component"),
                refused("component in lower case", replaced("component", "\"numerator\""), VALIDATION, "rows[1].component"),
                refused("impossible date", replaced("from", "\"@year-02-30\""), VALIDATION, "rows[1].from"),
                refused("date as a number (days since 1970)", replaced("from", "20210105"), VALIDATION, "rows[1].to"),
                refused("date with a time", replaced("to", "\"@year-01-05T00:00\""), VALIDATION, "rows[1].to"),
                refused("number for the unit", replaced("territorialUnit", "12"), VALIDATION, "rows[1].territorialUnit"),
                refused("text for the value", replaced("value", "\"dodici\""), VALIDATION, "rows[1].value"),
                refused("boolean for the value", replaced("value", "true"), VALIDATION, "rows[1].value"),
                refused("object for the value", replaced("value", "{}"), VALIDATION, "rows[1].value"),
                refused("number too long to read", replaced("value", "1" + "0".repeat(2000)), VALIDATION, "rows[1]"),
                refused("negative value", replaced("value", "-3"), VALIDATION, "rows[1].value"),
                new Refused("absurd value", replaced("value", "1e20"), 400, VALIDATION, "rows[1].value rows[1].value"),
                refused("missing value", ROW.replace(", \"value\": 7", ""), VALIDATION, "rows[1].value"),
                refused("null component", replaced("component", "null"), VALIDATION, "rows[1].component"),
                refused("duplicate field in a row", extra("\"value\": 8"), MALFORMED, null),
                refused("a number for a row", "1", VALIDATION, "rows[1]"),
                refused("null for a row", "null", VALIDATION, "rows[1]"));
    }

    private static Api.PlanFixture plan;
    private static long indicator;
    private static int nextDay;

    private static synchronized void fixture() {
        if (plan == null) {
            plan = Api.planWithObjective(Api.freshYear());
            indicator = Api.createIndicator(plan.objectiveId(), Map.of("description",
                    "Numero colloqui erogati a distanza/Numero di colloqui che si prevede di erogare",
                    "kind", "RATIO_PLANNED", "plannedQuantity", 20000, "targetValue", 100));
        }
    }

    /** Each case its own day, so that an accepted row is always new. */
    private static synchronized String fill(String text) {
        int day = ++nextDay;
        String monthDay = "%02d-%02d".formatted(1 + day / 28, 1 + day % 28);
        return text.replace("@id", Long.toString(indicator)).replace("@year", Integer.toString(plan.year()))
                .replace("@day", monthDay);
    }

    private static long counts() {
        return QuarkusTransaction.requiringNew().call(() -> IndicatorCount.count("indicator.id", indicator));
    }

    private static ValidatableResponse post(String body) {
        return Api.json().body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/counts/batch").then()
                .log().ifValidationFails();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBodies")
    void shouldRefuseWithTheSameProblemAndWriteNothing(Refused c) {
        fixture();
        long before = counts();
        String first = fill(ROW);
        ValidatableResponse response = post("{\"rows\": [" + first + ", " + fill(c.secondRow()) + "]}")
                .spec(Problems.problem(c.status())).body("type", equalTo(c.type()));
        if (c.field() == null) {
            response.body("errors", nullValue());
        } else {
            response.body("errors.field", equalTo(List.of(c.field().split(" "))));
        }
        assertEquals(before, counts(), "a refused batch wrote a figure");
    }

    @Test
    void shouldRefuseAnUnknownFieldBesideTheRows() {
        fixture();
        post("{\"rows\": [" + fill(ROW) + "], \"source\": \"script\"}").spec(Problems.problem(400))
                .body("type", equalTo(UNKNOWN_FIELD)).body("errors.field", equalTo(List.of("source")));
    }

    @Test
    void shouldRefuseRowsThatAreNotAList() {
        fixture();
        post("{\"rows\": " + fill(ROW) + "}").spec(Problems.problem(400))
                .body("type", equalTo(VALIDATION)).body("errors.field", equalTo(List.of("rows")));
    }

    @Test
    void shouldRefuseABodyCutShort() {
        fixture();
        String body = "{\"rows\": [" + fill(ROW) + ", " + fill(ROW);
        post(body.substring(0, body.length() - 12)).spec(Problems.problem(400)).body("type", equalTo(MALFORMED));
    }

    @Test
    void shouldRefuseABatchWithoutRows() {
        fixture();
        post("{\"rows\": []}").spec(Problems.problem(400)).body("type", equalTo(VALIDATION))
                .body("errors.field", equalTo(List.of("rows")));
        post("{}").spec(Problems.problem(400)).body("type", equalTo(VALIDATION))
                .body("errors.field", equalTo(List.of("rows")));
    }

    @Test
    void shouldRefuseAnEmptyBody() {
        fixture();
        post("").spec(Problems.problem(400)).body("type", equalTo(VALIDATION));
        post("null").spec(Problems.problem(400)).body("type", equalTo(VALIDATION));
    }

    /**
     * Only variants the contract allows: accepting text for a number is itself flagged by the contract check of every
     * test (it still happens, and CountBatchReaderTest shows that Jackson's data binding is what decides it).
     */
    @Test
    void shouldStillAcceptWhatJacksonAcceptedLeniently() {
        fixture();
        String[] lenient = {
            replaced("value", "7.0"),
            replaced("value", "7e0"),
            replaced("territorialUnit", "\"FI\\u002dPO\""),
            replaced("territorialUnit", "null"),
            "{\"value\": 7, \"territorialUnit\": \"FI-PO\", \"to\": \"@year-@day\", \"from\": \"@year-@day\", "
                    + "\"component\": \"NUMERATOR\", \"indicatorId\": @id}",
            " \n\t" + ROW.replace(": ", " :\n ") + " \n",
        };
        long before = counts();
        for (String row : lenient) {
            post("{\"rows\": [" + fill(row) + "]}").statusCode(200).body("created", equalTo(1));
        }
        assertEquals(before + lenient.length, counts());
    }
}
