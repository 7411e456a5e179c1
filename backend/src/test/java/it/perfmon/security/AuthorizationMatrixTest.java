package it.perfmon.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the committed openapi.yaml as each kind of caller and checks who is let through.
 * An operation missing from {@link #RULES} fails the test: every new endpoint must state who may call it.
 */
@QuarkusTest
@DefaultCredentials.Without
class AuthorizationMatrixTest {

    /** Who may call an operation. */
    enum Rule {
        /** Anyone, signed in or not (reads, while public reading is on; login; status). */
        PUBLIC,
        /** Any signed-in person. */
        SIGNED_IN,
        /** Administrators only. */
        ADMIN,
        /** Administrators and the editors of the objective's responsible structure. */
        STRUCTURE_EDITOR
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("listPlans", Rule.PUBLIC), Map.entry("getPlan", Rule.PUBLIC), Map.entry("getPlanReport", Rule.PUBLIC),
            Map.entry("getAllegatoA", Rule.PUBLIC),
            Map.entry("createPlan", Rule.ADMIN), Map.entry("updatePlan", Rule.ADMIN), Map.entry("deletePlan", Rule.ADMIN),
            Map.entry("listPeriods", Rule.PUBLIC), Map.entry("getPeriod", Rule.PUBLIC),
            Map.entry("createPeriod", Rule.ADMIN), Map.entry("updatePeriod", Rule.ADMIN), Map.entry("deletePeriod", Rule.ADMIN),
            Map.entry("listAreas", Rule.PUBLIC), Map.entry("getArea", Rule.PUBLIC),
            Map.entry("createArea", Rule.ADMIN), Map.entry("updateArea", Rule.ADMIN), Map.entry("deleteArea", Rule.ADMIN),
            Map.entry("listObjectives", Rule.PUBLIC), Map.entry("getObjective", Rule.PUBLIC),
            Map.entry("createObjective", Rule.ADMIN), Map.entry("updateObjective", Rule.ADMIN),
            Map.entry("deleteObjective", Rule.ADMIN),
            Map.entry("listIndicators", Rule.PUBLIC), Map.entry("getIndicator", Rule.PUBLIC),
            Map.entry("createIndicator", Rule.ADMIN), Map.entry("updateIndicator", Rule.ADMIN),
            Map.entry("deleteIndicator", Rule.ADMIN),
            Map.entry("listPhases", Rule.PUBLIC), Map.entry("getPhase", Rule.PUBLIC),
            Map.entry("createPhase", Rule.ADMIN), Map.entry("updatePhase", Rule.ADMIN), Map.entry("deletePhase", Rule.ADMIN),
            Map.entry("updatePhaseProgress", Rule.STRUCTURE_EDITOR),
            Map.entry("listResults", Rule.PUBLIC), Map.entry("getResult", Rule.PUBLIC),
            Map.entry("saveResult", Rule.STRUCTURE_EDITOR), Map.entry("deleteResult", Rule.STRUCTURE_EDITOR),
            Map.entry("listStructures", Rule.PUBLIC), Map.entry("listTerritorialUnits", Rule.PUBLIC),
            Map.entry("getStatus", Rule.PUBLIC), Map.entry("getAuthConfig", Rule.PUBLIC), Map.entry("login", Rule.PUBLIC), Map.entry("logout", Rule.PUBLIC),
            Map.entry("getCurrentUser", Rule.SIGNED_IN), Map.entry("listAuditEvents", Rule.SIGNED_IN),
            Map.entry("listUsers", Rule.ADMIN), Map.entry("getUser", Rule.ADMIN), Map.entry("createUser", Rule.ADMIN),
            Map.entry("updateUser", Rule.ADMIN), Map.entry("deleteUser", Rule.ADMIN),
            Map.entry("listTokens", Rule.ADMIN), Map.entry("createToken", Rule.ADMIN), Map.entry("revokeToken", Rule.ADMIN),
            Map.entry("listCounts", Rule.PUBLIC), Map.entry("getIndicatorValue", Rule.PUBLIC),
            Map.entry("listIndicatorValues", Rule.PUBLIC), Map.entry("listIndicatorValueRemovals", Rule.PUBLIC),
            Map.entry("putCount", Rule.STRUCTURE_EDITOR),
            Map.entry("postCountBatch", Rule.STRUCTURE_EDITOR),
            Map.entry("closePeriod", Rule.ADMIN), Map.entry("reopenPeriod", Rule.ADMIN),
            Map.entry("createNextYearPlan", Rule.ADMIN), Map.entry("importAllegatoA", Rule.ADMIN));

    /** Acts that would change the 2021 plan for the tests after this one: when allowed, they go to unknown ids. */
    private static final java.util.Set<String> LASTING_ACTS = java.util.Set.of("closePeriod", "reopenPeriod",
            "createNextYearPlan");

    private record Operation(String id, String method, String path) {
    }

    /** Counts posted to 1.2's timeline indicator are refused as "not a ratio" once permissions have let them in. */
    private static final java.util.concurrent.atomic.AtomicLong INDICATOR_OF_12 = new java.util.concurrent.atomic.AtomicLong();

    private Accounts.Session viewer;
    private Accounts.Session otherEditor;
    private String readOnlyToken;
    private Map<String, Object> ids;

    @BeforeEach
    void callers() {
        viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        // Objective 1.2 of 2021 belongs to Direzione: an RPCT editor is an editor of another structure.
        otherEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        readOnlyToken = Accounts.createToken(List.of("values:read"), List.of());
        long objective = Arti2021.objectiveId("1.2");
        long phase = RestAssured.given().get("/api/v1/objectives/{id}/phases", objective).then().extract()
                .jsonPath().getLong("items[0].id");
        INDICATOR_OF_12.set(Arti2021.indicatorId("1.2", 1));
        ids = Map.of("planId", Arti2021.planId(), "periodId", Arti2021.interimPeriodId(), "areaId", Arti2021.areaId(1),
                "objectiveId", objective, "indicatorId", Arti2021.indicatorId("1.2", 1), "phaseId", phase,
                "organisationCode", "ARTI", "userId", 1, "tokenId", 1);
    }

    @Test
    void shouldLetOnlyTheRightCallersThroughEveryOperation() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            Rule rule = RULES.get(op.id());
            if (rule == null) {
                wrong.add(op.id() + ": no rule declared in this test");
                continue;
            }
            check(wrong, op, "anonymous", RestAssured::given, rule == Rule.PUBLIC, 401);
            check(wrong, op, "viewer", viewer::request, rule == Rule.PUBLIC || rule == Rule.SIGNED_IN, 403);
            check(wrong, op, "editor of another structure", otherEditor::request,
                    rule == Rule.PUBLIC || rule == Rule.SIGNED_IN, 403);
            check(wrong, op, "token without the scope", () -> Accounts.withToken(readOnlyToken),
                    rule == Rule.PUBLIC || rule == Rule.SIGNED_IN && !op.id().equals("listAuditEvents"), 403);
            check(wrong, op, "administrator", Accounts::asAdmin, true, 0);
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Let through means any answer but 401 and 403: a 400 for an empty body, or a 404 for an unknown id, came
     * after the permission checks. Deletes and other lasting acts that are allowed go to unknown ids, so the walk changes nothing.
     */
    private void check(List<String> wrong, Operation op, String caller, Supplier<RequestSpecification> request,
            boolean allowed, int refusal) {
        if (op.id().equals("logout") && allowed && !caller.equals("anonymous")) {
            return; // it would end the session the next checks use
        }
        RequestSpecification spec = request.get().contentType(ContentType.JSON).accept(ContentType.JSON);
        if (!op.method().equals("get") && !op.method().equals("delete")) {
            spec = spec.body(body(op.id()));
        }
        String path = allowed && (op.method().equals("delete") || LASTING_ACTS.contains(op.id()))
                ? unknownIds(op.path()) : path(op.path());
        int status = spec.request(op.method().toUpperCase(), path).then().extract().statusCode();
        boolean refused = status == 401 || status == 403;
        if (allowed == refused || !allowed && status != refusal) {
            wrong.add(op.id() + " as " + caller + ": " + status + (allowed ? " (should be let through)"
                    : " (should be " + refusal + ")"));
        }
    }

    private static String unknownIds(String template) {
        return template.replaceAll("\\{[A-Za-z]+Id}", "999999999");
    }

    /** Bodies that pass validation where the structure check comes after it. */
    private static Map<String, Object> body(String operationId) {
        return switch (operationId) {
            case "updatePhaseProgress" -> Map.of("monitoringNote", "Verifica dei permessi");
            case "saveResult" -> Map.of("monitoringNote", "Verifica dei permessi");
            case "putCount" -> Map.of("component", "NUMERATOR", "from", "2021-01-01", "to", "2021-01-31", "value", 1);
            case "postCountBatch" -> Map.of("rows", List.of(Map.of("indicatorId", INDICATOR_OF_12.get(),
                    "component", "NUMERATOR", "from", "2021-01-01", "to", "2021-01-31", "value", 1)));
            default -> Map.of();
        };
    }

    private String path(String template) {
        String path = template;
        for (var entry : ids.entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
        }
        return path;
    }

    private static List<Operation> operations() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Files.readString(Path.of("..", "openapi.yaml")));
        List<Operation> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode id = method.getValue().get("operationId");
            if (id != null) {
                operations.add(new Operation(id.asText(), method.getKey(), path.getKey()));
            }
        }));
        return operations;
    }

    @Test
    void shouldDeclareARuleForEveryOperationAndNoMore() throws IOException {
        List<String> inContract = operations().stream().map(Operation::id).sorted().toList();
        assertEquals(RULES.keySet().stream().sorted().toList(), inContract);
    }

}
