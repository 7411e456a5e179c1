package it.perfmon.count.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.resteasy.reactive.jackson.runtime.serialisers.ServerJacksonMessageBodyReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch reader reads a batch exactly as Quarkus' Jackson reader with the application's mapper does: the same
 * rows, or the same exception with the same path. Checked against that reader itself, on bodies written as the
 * contract says, on every kind of oddity, and on thousands of random mutations of a good body.
 */
@QuarkusTest
class CountBatchReaderTest {

    private static final String BATCH = """
            {"rows": [\
            {"indicatorId": 17, "component": "NUMERATOR", "from": "2021-03-01", "to": "2021-03-31", \
            "territorialUnit": "FI-PO", "value": 6412},
             {"indicatorId": 17, "component": "DENOMINATOR", "from": "2021-03-01", "to": "2021-03-31", \
            "territorialUnit": null, "value": 12.50},
            {"value": 1e3, "to": "2021-12-31", "from": "2021-01-01", "indicatorId": 9007199254740993, \
            "component": "NUMERATOR"}]}""";

    @Inject
    ObjectMapper mapper;

    private CountBatchReader reader;
    private ServerJacksonMessageBodyReader quarkus;

    @BeforeEach
    void readers() {
        reader = new CountBatchReader(mapper);
        quarkus = new ServerJacksonMessageBodyReader(Arc.container().select(ObjectMapper.class));
    }

    @Test
    void shouldReadABatchWrittenAsTheContractSaysInOnePass() throws Exception {
        for (String body : List.of(BATCH, BATCH.replace(" ", "").replace("\n", ""),
                BATCH.replace(": ", " :\n\t").replace(", ", " ,\r\n "), BATCH.replace("FI-PO", "FI\\u002dPO"),
                "{\"rows\": []}", "{\"rows\": [{}]}", "\uFEFF" + BATCH,
                "{\"rows\": [{\"indicatorId\": null, \"component\": null, \"from\": null, \"to\": null, \"value\": null}]}",
                "{\"rows\": [{\"indicatorId\": -0, \"value\": -0.00}]}", "{\"rows\": [{\"value\": 1E+2}]}")) {
            CountBatchRequest direct = reader.readDirectly(body.getBytes(StandardCharsets.UTF_8));
            assertNotNull(direct, body);
            assertEquals(asQuarkusReadsIt(body), "read " + direct, body);
        }
        CountBatchRequest.Row first = reader.readDirectly(BATCH.getBytes(StandardCharsets.UTF_8)).rows().get(0);
        assertEquals(new CountBatchRequest.Row(17L, it.perfmon.count.CountComponent.NUMERATOR,
                java.time.LocalDate.of(2021, 3, 1), java.time.LocalDate.of(2021, 3, 31), "FI-PO",
                new java.math.BigDecimal("6412")), first);
    }

    @Test
    void shouldLeaveAnythingElseToDataBindingAndAnswerAsItDoes() throws Exception {
        String row = "{\"indicatorId\": 17, \"component\": \"NUMERATOR\", \"from\": \"2021-03-01\", \"to\": "
                + "\"2021-03-31\", \"territorialUnit\": \"FI-PO\", \"value\": 6412}";
        List<String> odd = List.of(
                row.replace("17", "\"17\""), row.replace("6412", "\"6412\""), row.replace("17", "17.0"),
                row.replace("17", "99999999999999999999"), row.replace("\"NUMERATOR\"", "0"),
                row.replace("NUMERATOR", "numerator"), row.replace("NUMERATOR", "NUMERATOR "),
                row.replace("NUMERATOR", ""), row.replace("\"2021-03-01\"", "18687"),
                row.replace("2021-03-01", "2021-02-30"), row.replace("2021-03-01", "+2021-03-01"),
                row.replace("2021-03-01", "2021-3-1"), row.replace("2021-03-01", "2021-03-01T00:00"),
                row.replace("2021-03-01", ""), row.replace("\"FI-PO\"", "12"), row.replace("\"FI-PO\"", "true"),
                row.replace("6412", "true"), row.replace("6412", "{}"), row.replace("6412", "[1]"),
                row.replace("6412", "1" + "0".repeat(1200)), row.replace("6412", "NaN"), row.replace("6412", "06412"),
                row.replace("}", ", \"colour\": \"rosso\"}"), row.replace("}", ", \"value\": 1}"),
                row.replace("indicatorId", "IndicatorId"), row.replace("17,", "17,,"), "null", "1", "[]");
        List<String> bodies = new java.util.ArrayList<>(odd.stream().map(r -> "{\"rows\": [" + r + "]}").toList());
        bodies.addAll(List.of("", " ", "null", "[]", "{}", "{\"rows\": null}", "{\"rows\": {}}", "{\"rows\": [null]}",
                "{\"rows\": [1]}", "{\"rows\": [" + row + "], \"rows\": []}", "{\"rows\": [" + row + "], \"x\": 1}",
                "{\"rows\": [" + row + "]} trailing", "{\"rows\": [" + row + "]", "{\"rows\": [" + row,
                "{\"rows\": [" + row + "]}}", "{\"source\": 1, \"rows\": [" + row + "]}", "{'rows': []}",
                "{\"rows\": [" + row + "] /* comment */}"));
        for (String body : bodies) {
            String directly = outcome(() -> reader.readDirectly(body.getBytes(StandardCharsets.UTF_8)));
            assertTrue(directly.equals("read null") || directly.equals(asQuarkusReadsIt(body)),
                    () -> body + " read directly as " + directly + ", by data binding as " + asQuarkusReadsIt(body));
            assertEquals(asQuarkusReadsIt(body), asTheBatchReaderReadsIt(body), body);
        }
        assertNull(reader.readDirectly(("{\"rows\": [" + row.replace("17", "\"17\"") + "]}").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldAnswerAsDataBindingForThousandsOfMutatedBatches() {
        Random random = new Random(17);
        String[] inserts = {",", "}", "]", "{", "[", "\"", ":", "null", "1", "-", "e", ".", " ", "0", "\\u0041", "\\",
            "\"x\": 1, ", "\"value\": 2, ", "true", "\"2021-02-29\"", "\uFEFF", "é", "\u0000"};
        int direct = 0;
        int refused = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder body = new StringBuilder(BATCH);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(body.length());
                switch (random.nextInt(4)) {
                    case 0 -> body.deleteCharAt(at);
                    case 1 -> body.insert(at, inserts[random.nextInt(inserts.length)]);
                    case 2 -> body.setCharAt(at, (char) (' ' + random.nextInt(95)));
                    // Most edits break the batch; a digit changed mostly keeps it a batch, with other dates and values.
                    default -> {
                        int digit = body.indexOf(Integer.toString(random.nextInt(10)), at);
                        if (digit >= 0) {
                            body.setCharAt(digit, (char) ('0' + random.nextInt(10)));
                        }
                    }
                }
            }
            String mutated = body.toString();
            String expected = asQuarkusReadsIt(mutated);
            String directly = outcome(() -> reader.readDirectly(mutated.getBytes(StandardCharsets.UTF_8)));
            if (!directly.equals("read null")) {
                direct++;
                assertEquals(expected, directly, mutated);
            }
            if (!expected.startsWith("read ")) {
                refused++;
            }
            assertEquals(expected, asTheBatchReaderReadsIt(mutated), mutated);
        }
        // Both paths and both kinds of answer were exercised.
        assertTrue(direct > 400, "read directly: " + direct);
        assertTrue(refused > 1000, "refused: " + refused);
    }

    private interface Read {
        Object read() throws Exception;
    }

    private String asQuarkusReadsIt(String body) {
        return outcome(() -> quarkus.readFrom(Object.class, CountBatchRequest.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    }

    private String asTheBatchReaderReadsIt(String body) {
        return outcome(() -> reader.readFrom(CountBatchRequest.class, CountBatchRequest.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    }

    /** What a read gave, in the terms the error mappers see: the value, or the exception, its cause and its path. */
    private static String outcome(Read read) {
        try {
            return "read " + read.read();
        } catch (Exception e) {
            Throwable error = e instanceof WebApplicationException && e.getCause() != null ? e.getCause() : e;
            String path = error instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")) : "";
            String cause = error.getCause() == null ? "" : error.getCause().getClass().getName();
            String type = error instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                    ? invalid.getTargetType().getName() : "";
            return e.getClass().getName() + " " + error.getClass().getName() + " " + cause + " at " + path + " " + type
                    + " " + (error instanceof com.fasterxml.jackson.core.JacksonException jackson
                            ? jackson.getOriginalMessage() : error.getMessage());
        }
    }
}
