package it.perfmon.organisation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.OidcProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: in a private deployment (MONITOR_PUBLIC_READ=false) an organisation set to read publicly is read without
 * signing in, and nothing else is. Every GET operation of openapi.yaml is called anonymously on the data of the
 * default organisation (ARTI, private here: 401, lists that name no organisation included) and on the published data
 * of a public organisation B (200, as in a public deployment); B's draft stays unknown.
 */
@QuarkusTest
@TestProfile(OidcProfiles.OidcAndPrivateReading.class)
@DefaultCredentials.Without
class PublicOrganisationInPrivateDeploymentTest {

    /**
     * Operations that need a caller with a role whatever organisation they name (evidence, the OIV's work, accounts,
     * audit, outbox, the caller's own session): 401 to anonymous callers in a public deployment too.
     */
    private static final Set<String> SIGNED_IN_ONLY = Set.of("getEvidence", "getEvidenceContent",
            "listResultEvidence", "listPhaseEvidence", "listOivReviews", "getOivReview", "getOivValidation", "getUser",
            "listUsers", "listTokens", "listAuditEvents", "listMailMessages", "getCurrentUser", "getMyPreferences",
            "listMembers");
    /** Lists and exports that take ?organisation=CODE and, without it, cover the default organisation. */
    private static final Set<String> FILTERED = Set.of("listPlans", "listIndicatorValues", "listIndicatorValueRemovals",
            "getPublication", "getOpenDataCatalogTurtle", "getOpenDataCatalogRdfXml");
    /** Operations open to everybody, whatever the deployment. */
    private static final Set<String> OPEN = Set.of("getAuthConfig", "getStatus");

    private record Operation(String id, String path) {
    }

    /** An organisation's things, created through the API by its administrator. */
    private record Filled(String code, Map<String, Long> ids) {

        long id(String name) {
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("no " + name + " in " + code);
            }
            return id;
        }
    }

    @Test
    void shouldLetAnonymousCallersReadAPublicOrganisationAndNothingElse() throws IOException {
        Accounts.Session regional = Accounts.login(Accounts.createUser("REGIONAL", List.of()));
        String codeB = "PUB" + System.nanoTime() % 1_000_000;
        regional.request().body(Map.of("code", codeB, "name", "Ente pubblico", "publicRead", true, "administrator",
                Map.of("username", "admin." + codeB.toLowerCase(), "displayName", "Amministratore", "password",
                        Accounts.PASSWORD))).post("/api/v1/organisations").then().statusCode(201);
        Filled b = fill(Accounts.login("admin." + codeB.toLowerCase()), codeB);
        Filled a = fill(Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of())), "ARTI");

        List<String> failures = new ArrayList<>();
        for (Operation operation : gets()) {
            if (OPEN.contains(operation.id())) {
                expect(failures, operation.id(), get(operation.path()), 200);
            } else if (operation.id().equals("listOrganisations")) {
                Response response = get(operation.path() + "?limit=500");
                expect(failures, operation.id(), response, 200);
                List<String> codes = response.jsonPath().getList("items.code");
                if (!codes.contains(codeB) || codes.contains("ARTI")) {
                    failures.add("listOrganisations: " + codes + " should hold " + codeB + " and not ARTI");
                }
            } else if (!operation.path().contains("{")) {
                boolean filtered = FILTERED.contains(operation.id());
                expect(failures, operation.id() + " (no organisation named)", get(operation.path()), 401);
                if (filtered) {
                    expect(failures, operation.id() + " of ARTI", get(operation.path() + "?organisation=ARTI"), 401);
                    expect(failures, operation.id() + " of B", get(operation.path() + "?organisation=" + codeB), 200);
                }
            } else {
                int ofB = SIGNED_IN_ONLY.contains(operation.id()) ? 401 : 200;
                expect(failures, operation.id() + " of ARTI", get(path(operation, a, false)), 401);
                expect(failures, operation.id() + " of B", get(path(operation, b, false)), ofB);
                if (operation.path().contains("{planId}")) {
                    // Hidden from visitors: asked to sign in, as for anything of a private organisation.
                    expect(failures, operation.id() + " of B's draft", get(path(operation, b, true)), 401);
                }
            }
        }
        assertEquals(List.of(), failures);

        // An unknown id is asked to sign in for as a private one is, so ids cannot be probed without signing in;
        // a signed-in person of B is told it is unknown.
        Response unknown = get("/api/v1/plans/987654321");
        assertEquals(401, unknown.statusCode(), unknown.asString());
        assertEquals("application/problem+json", unknown.contentType().split(";")[0]);
        assertEquals("Bearer", unknown.header("WWW-Authenticate"));
        Accounts.login("admin." + codeB.toLowerCase()).request().get("/api/v1/plans/987654321").then().statusCode(404);

        // What runs the deployment and signs people in stays open.
        given().get("/q/health/ready").then().statusCode(200);
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200);
        given().contentType("application/json").body(Map.of("username", "admin." + codeB.toLowerCase(), "password",
                Accounts.PASSWORD)).post("/api/v1/auth/login").then().statusCode(200);

        // B's published plan is listed to anonymous callers, its draft is not.
        List<Long> plans = given().get("/api/v1/plans?limit=500&organisation=" + codeB).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertTrue(plans.contains(b.id("plan")) && !plans.contains(b.id("draftPlan")), "B's plans listed: " + plans);
    }

    private static Response get(String path) {
        // Exports answer in their own media types: JSON only would be refused (406) before the organisation is read.
        return given().accept("*/*").get(path);
    }

    private static void expect(List<String> failures, String what, Response response, int status) {
        if (response.statusCode() != status) {
            String body = response.asString();
            failures.add(what + ": " + response.statusCode() + " instead of " + status + ": "
                    + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
        }
    }

    private static String path(Operation operation, Filled o, boolean draft) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{areaId}", String.valueOf(o.id("area")));
        values.put("{evidenceId}", String.valueOf(o.id("evidence")));
        // Counts and the counted value are a ratio's; the rest reads the indicator with a result.
        values.put("{indicatorId}", String.valueOf(o.id(operation.path().contains("/count") || operation.path()
                .endsWith("/value") ? "ratio" : "indicator")));
        values.put("{objectiveId}", String.valueOf(o.id("objective")));
        values.put("{periodId}", String.valueOf(o.id("period")));
        values.put("{phaseId}", String.valueOf(o.id("phase")));
        values.put("{planId}", String.valueOf(o.id(draft ? "draftPlan" : "plan")));
        values.put("{organisationCode}", o.code());
        values.put("{structureId}", String.valueOf(o.id("structure")));
        values.put("{userId}", String.valueOf(o.id("user")));
        String path = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("the walk has no value for a parameter of " + operation.path());
        }
        return operation.id().equals("getIndicatorValue") ? path + "?periodId=" + o.id("period") : path;
    }

    /**
     * A published plan with its final period (closed), an area, an objective with an indicator (its result and
     * evidence) and a ratio (a count), a phase, a user; and a draft plan.
     */
    private static Filled fill(Accounts.Session admin, String code) {
        Map<String, Long> ids = new HashMap<>();
        String structure = "S" + System.nanoTime() % 1_000_000;
        ids.put("structure", created(admin.request().body(Map.of("code", structure, "name", "Struttura"))
                .post("/api/v1/organisations/{c}/structures", code)));
        int year = Api.freshYear();
        ids.put("plan", created(admin.request().body(Map.of("year", year, "title", "Piano")).post("/api/v1/plans")));
        // The final period, closed below: the Relazione and the open data are a closed final period's.
        ids.put("period", created(admin.request().body(Map.of("kind", "FINAL", "referenceDate", year + "-12-31",
                "label", "Anno")).post("/api/v1/plans/{id}/periods", ids.get("plan"))));
        ids.put("area", created(admin.request().body(Map.of("number", 1, "title", "Ambito"))
                .post("/api/v1/plans/{id}/areas", ids.get("plan"))));
        ids.put("objective", created(admin.request().body(Map.of("areaId", ids.get("area"), "code", "1.1", "title",
                "Obiettivo", "weight", 100, "responsibleStructureId", ids.get("structure")))
                .post("/api/v1/plans/{id}/objectives", ids.get("plan"))));
        ids.put("indicator", created(admin.request().body(Map.of("description", "Indicatore", "kind", "DIRECT",
                "targetValue", 80)).post("/api/v1/objectives/{id}/indicators", ids.get("objective"))));
        ids.put("ratio", created(admin.request().body(Map.of("description", "Istruttorie/domande", "kind", "RATIO",
                "targetValue", 100)).post("/api/v1/objectives/{id}/indicators", ids.get("objective"))));
        admin.request().body(Map.of("component", "DENOMINATOR", "from", year + "-01-01", "to", year + "-01-31",
                "value", 106)).put("/api/v1/indicators/{id}/counts", ids.get("ratio")).then().statusCode(201);
        ids.put("phase", created(admin.request().body(Map.of("number", 1, "description", "Fase", "plannedStart",
                year + "-01-01", "plannedEnd", year + "-12-31", "weight", 100))
                .post("/api/v1/objectives/{id}/phases", ids.get("objective"))));
        admin.request().body(Map.of("enteredValue", 80, "monitoringNote", "Nota"))
                .put("/api/v1/indicators/{i}/results/{p}", ids.get("indicator"), ids.get("period")).then()
                .statusCode(201);
        ids.put("evidence", created(given().cookie("perfmon_session", admin.cookie()).header("Csrf-Token", admin.csrf())
                .multiPart(new MultiPartSpecBuilder("settore;nota\nX;prova\n".getBytes(StandardCharsets.UTF_8))
                        .controlName("file").fileName("evidenza.csv").mimeType("text/csv").build())
                .post("/api/v1/indicators/{i}/results/{p}/evidence", ids.get("indicator"), ids.get("period"))));
        ids.put("user", created(admin.request().body(Map.of("username", "lettore." + structure.toLowerCase(),
                "displayName", "Lettore", "password", Accounts.PASSWORD, "role", "VIEWER", "structures", List.of()))
                .post("/api/v1/users")));
        admin.request().body(Map.of("deadline", java.time.LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/periods/{p}/collection", ids.get("period")).then().statusCode(201);
        admin.request().header("If-Match", "\"0\"").post("/api/v1/plans/{id}/publish", ids.get("plan")).then()
                .statusCode(200);
        admin.request().queryParam("reason", "Chiuso per la prova").post("/api/v1/periods/{p}/close", ids.get("period"))
                .then().statusCode(200);
        ids.put("draftPlan", created(admin.request().body(Map.of("year", Api.freshYear(), "title", "Bozza"))
                .post("/api/v1/plans")));
        return new Filled(code, ids);
    }

    private static long created(Response response) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Operation> gets() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Files.readString(Path.of("..", "openapi.yaml")));
        List<Operation> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                operations.add(new Operation(get.get("operationId").asText(), path.getKey()));
            }
        });
        assertTrue(operations.size() >= 50, "GET operations read from openapi.yaml: " + operations.size());
        return operations;
    }
}
