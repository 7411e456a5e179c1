package it.perfmon.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed top-level openapi.yaml is the contract other administrations code against: the running
 * backend must serve exactly that document (compared as data, since the served one orders keys differently).
 */
@QuarkusTest
class ContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        JsonNode committed = new YAMLMapper().readTree(Files.readString(COMMITTED));
        JsonNode served = new ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> differences = new ArrayList<>();
        diff("", committed, served, differences);
        assertTrue(differences.isEmpty(), "openapi.yaml differs from the served contract (run `make openapi`):\n"
                + String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
    }

    @Test
    void shouldDeclareProblemDetailsForEveryErrorOfEveryOperation() throws IOException {
        JsonNode committed = new YAMLMapper().readTree(Files.readString(COMMITTED));
        List<String> missing = new ArrayList<>();
        committed.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            if (responses == null) {
                return;
            }
            responses.fields().forEachRemaining(response -> {
                boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                if (error && response.getValue().at("/content/application~1problem+json").isMissingNode()) {
                    missing.add(op.getKey() + " " + path.getKey() + " " + response.getKey());
                }
            });
            if (path.getKey().startsWith("/api/") && (!responses.has("500") || !responses.has("503"))) {
                missing.add(op.getKey() + " " + path.getKey() + " lacks 500/503");
            }
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void shouldDeclareTheConditionalAnswersOfEveryOperationTakingAConditionalHeader() throws IOException {
        JsonNode committed = new YAMLMapper().readTree(Files.readString(COMMITTED));
        List<String> missing = new ArrayList<>();
        committed.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<String> headers = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> headers.add(p.path("name").asText()));
            JsonNode responses = op.getValue().path("responses");
            if (headers.contains("If-Match") && !responses.has("412")) {
                missing.add(op.getKey() + " " + path.getKey() + " takes If-Match without declaring 412");
            }
            if (headers.contains("If-None-Match") && !responses.has("304")) {
                missing.add(op.getKey() + " " + path.getKey() + " takes If-None-Match without declaring 304");
            }
        }));
        assertEquals(List.of(), missing);
    }

    private static void diff(String where, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add("missing in served: " + where);
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                var field = it.next();
                diff(where + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add("only in served: " + where + "/" + name);
                }
            });
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(where + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!sameScalar(expected, actual)) {
            out.add("differs at " + where + ": committed " + expected + ", served " + actual);
        }
    }

    private static boolean sameScalar(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }
}
