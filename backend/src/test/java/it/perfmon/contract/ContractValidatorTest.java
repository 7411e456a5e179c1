package it.perfmon.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import it.perfmon.testing.ContractValidator;
import it.perfmon.testing.ContractValidator.Exchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker every REST test's answers go through finds the mismatches a validating proxy found, and no others. */
class ContractValidatorTest {

    private static final String CONTRACT = """
            openapi: 3.1.0
            paths:
              /api/v1/reports/{id}:
                get:
                  responses:
                    "200":
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Report"
                    "404":
                      $ref: "#/components/responses/NotFound"
              /api/v1/reports/current:
                get:
                  responses:
                    "200":
                      content:
                        text/csv:
                          schema:
                            type: string
              /api/v1/phases/{id}/progress:
                put:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Progress"
                  responses:
                    "200":
                      description: Saved
                    "400":
                      $ref: "#/components/responses/NotFound"
            components:
              responses:
                NotFound:
                  description: Problem
                  content:
                    application/problem+json:
                      schema:
                        $ref: "#/components/schemas/Problem"
              schemas:
                Freeze:
                  type: object
                  required: [closedAt]
                  properties:
                    closedAt:
                      type: string
                      format: date-time
                Report:
                  type: object
                  properties:
                    role:
                      type: [string, "null"]
                      enum: [ADMINISTRATOR, VIEWER]
                    frozenAsGenerated:
                      type: object
                      anyOf:
                      - $ref: "#/components/schemas/Freeze"
                      - type: "null"
                    frozen:
                      anyOf:
                      - $ref: "#/components/schemas/Freeze"
                      - type: "null"
                Progress:
                  type: object
                  properties:
                    partialProgress:
                      type: number
                Problem:
                  type: object
                  required: [status]
                  properties:
                    status:
                      type: integer
            """;

    private static ContractValidator validator;

    @BeforeAll
    static void readContract() throws IOException {
        validator = new ContractValidator(new YAMLMapper().readTree(CONTRACT));
    }

    private static List<String> answer(int status, String contentType, String body) {
        return validator.mismatches(new Exchange("GET", "/api/v1/reports/7", null, null, status, contentType,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldAcceptAnAnswerTheContractDescribes() {
        assertEquals(List.of(), answer(200, "application/json", """
                {"role": "VIEWER", "frozen": {"closedAt": "2021-07-01T10:00:00Z"}}"""));
        assertEquals(List.of(), answer(200, "application/json", "{\"frozen\": null}"));
    }

    @Test
    void shouldRejectNullForAnObjectTypedBesideItsNullAlternative() {
        assertEquals(1, answer(200, "application/json", "{\"frozenAsGenerated\": null}").size());
    }

    @Test
    void shouldRejectNullMissingFromTheEnumeration() {
        // What SmallRye writes for @Schema(nullable = true, enumeration = ...): the type allows null, the enum does not.
        assertEquals(1, answer(200, "application/json", "{\"role\": null}").size());
    }

    @Test
    void shouldRejectWhatTheReferencedSchemaForbids() {
        List<String> mismatches = answer(200, "application/json", "{\"frozen\": {\"closedAt\": \"yesterday\"}}");
        assertTrue(mismatches.stream().anyMatch(m -> m.contains("/frozen/closedAt")), mismatches.toString());
    }

    @Test
    void shouldRejectAnUndeclaredStatus() {
        List<String> mismatches = answer(412, "application/problem+json", "{\"status\": 412}");
        assertTrue(mismatches.get(0).contains("status 412 is not declared"), mismatches.toString());
    }

    @Test
    void shouldRejectAnUndeclaredContentType() {
        List<String> mismatches = answer(404, "application/json", "{\"status\": 404}");
        assertTrue(mismatches.get(0).contains("content type application/json is not declared"), mismatches.toString());
    }

    @Test
    void shouldValidateProblemDetailsThroughReferencedResponses() {
        assertEquals(List.of(), answer(404, "application/problem+json", "{\"status\": 404}"));
        assertEquals(1, answer(404, "application/problem+json", "{\"status\": \"missing\"}").size());
    }

    @Test
    void shouldPreferLiteralSegmentsAndCheckOnlyTheTypeOfOtherBodies() {
        assertEquals(List.of(), validator.mismatches(new Exchange("GET", "/api/v1/reports/current", null, null, 200,
                "text/csv; charset=UTF-8", "a;b\r\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void shouldRejectANullTheServerAcceptedButTheContractForbids() {
        byte[] clearing = "{\"partialProgress\": null}".getBytes(StandardCharsets.UTF_8);
        List<String> accepted = validator.mismatches(new Exchange("PUT", "/api/v1/phases/3/progress", "application/json",
                clearing, 200, null, new byte[0]));
        assertEquals(1, accepted.size(), accepted.toString());
        List<String> refused = validator.mismatches(new Exchange("PUT", "/api/v1/phases/3/progress", "application/json",
                clearing, 400, "application/problem+json", "{\"status\": 400}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), refused);
    }

    @Test
    void shouldIgnoreABodySentToAnOperationThatTakesNone() {
        assertEquals(List.of(), validator.mismatches(new Exchange("GET", "/api/v1/reports/7", "application/json",
                "{\"any\": null}".getBytes(StandardCharsets.UTF_8), 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void shouldRejectASuccessfulAnswerOutsideTheContract() {
        assertEquals(1, validator.mismatches(new Exchange("GET", "/api/v1/elsewhere", null, null, 200, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8))).size());
        assertEquals(1, validator.mismatches(new Exchange("DELETE", "/api/v1/reports/7", null, null, 204, null,
                new byte[0])).size());
        assertEquals(List.of(), validator.mismatches(new Exchange("DELETE", "/api/v1/reports/7", null, null, 405,
                "application/problem+json", "{\"status\": 405}".getBytes(StandardCharsets.UTF_8))));
    }
}
