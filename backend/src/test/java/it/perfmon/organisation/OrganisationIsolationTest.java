package it.perfmon.organisation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 2: organisation B, created and filled through the API, is walked by every operation of
 * openapi.yaml as the viewer, editor, administrator and token of organisation A (ARTI) and, for the writes, as a
 * person of the Region. Each call naming B's things is refused as the README's table says (B private: 404, or 403
 * where the caller's role forbids the operation whatever it names; B public: reads allowed, writes 403), nothing of B
 * is written (a digest of B's rows and its audit count, before and after each call), and no answer seen by A (bodies,
 * exports unzipped, ETags, Location headers, problem details) carries any of B's markers, nor B's ids in A's lists.
 * An operation of the contract the walk does not know fails the walk, so that a new one cannot be forgotten.
 */
@QuarkusTest
@DefaultCredentials.Without
class OrganisationIsolationTest {

    /** The year of the Allegato that A's callers upload naming B: any year over, so that its dates are valid. */
    private static final int PAST_YEAR = 2019;

    /** In every name, title, description and note of B: never in an answer seen by A. */
    private static final String MARK = "Zqmarcb";
    private static final String IMPORT_TYPE = "text/tab-separated-values; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The lists, read whole (500 items) for B's marks and ids. */
    private static final Set<String> LISTS = Set.of("listPlans", "listIndicatorValues", "listIndicatorValueRemovals",
            "listAuditEvents", "listUsers", "listTokens", "listMailMessages", "listOrganisations");

    @Inject
    EntityManager em;

    /** One operation of the contract. */
    private record Operation(String id, String method, String path) {
    }

    /** A caller of organisation A: how its requests are made, and whether it is a person of the Region. */
    private record Caller(String name, java.util.function.Supplier<RequestSpecification> request, boolean regional,
            boolean administrator) {
    }

    /** Organisation B: its code, the ids of its things, and its administrator. */
    private static final class OrganisationB {
        String code;
        Accounts.Session admin;
        final Map<String, Long> ids = new HashMap<>();
        String tokenSecret;
        String editor;
        int year;

        long id(String name) {
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("no " + name + " in B");
            }
            return id;
        }
    }

    @Test
    void shouldKeepAPrivateOrganisationApartFromEveryOperationOfTheContract() throws IOException {
        Caller regional = regional();
        OrganisationB b = organisationB(regional, false);
        List<Caller> callers = callersOfA();
        List<String> failures = new ArrayList<>();
        List<Operation> contract = contract();
        for (Caller caller : callers) {
            walk(b, caller, contract, false, failures);
        }
        walk(b, regional, contract.stream().filter(o -> !o.method().equals("GET")).toList(), false, failures);
        // The draft plan: not even a person of the Region sees it.
        for (Caller caller : List.of(callers.get(2), regional)) {
            expect(failures, caller, "getPlan (draft)", call(caller, "GET", "/api/v1/plans/" + b.id("draftPlan"), null),
                    b, Set.of(404));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void shouldLetAPublicOrganisationBeReadButNotChanged() throws IOException {
        Caller regional = regional();
        OrganisationB b = organisationB(regional, true);
        List<String> failures = new ArrayList<>();
        List<Caller> callers = callersOfA();
        Caller viewer = callers.get(0);
        Caller admin = callers.get(2);
        // Reads of B's published plan: allowed, as an anonymous caller would be.
        for (String path : List.of("/api/v1/plans/" + b.id("plan"), "/api/v1/plans/" + b.id("plan") + "/report",
                "/api/v1/areas/" + b.id("area"), "/api/v1/objectives/" + b.id("objective"),
                "/api/v1/indicators/" + b.id("indicator"), "/api/v1/periods/" + b.id("period"))) {
            Response response = call(viewer, "GET", path, null);
            if (response.statusCode() != 200) {
                failures.add("viewer GET " + path + ": " + response.statusCode() + " " + response.asString());
            }
        }
        // The draft stays unknown.
        expect(failures, viewer, "getPlan (draft)", call(viewer, "GET", "/api/v1/plans/" + b.id("draftPlan"), null), b,
                Set.of(404));
        // Writes to what A reads anyway: 403, nothing written.
        for (Operation operation : contract()) {
            if (operation.method().equals("GET") || !operation.path().contains("{")
                    || operation.path().contains("{draft")) {
                continue;
            }
            Map<String, Object> body = body(operation.id(), b);
            String path = path(operation, b, false);
            String before = digest(b);
            Response response = send(admin, operation, path, body, b);
            expectUnwritten(failures, admin, operation.id(), before, b);
            boolean accounts = path.contains("/users/") || path.contains("/tokens/");
            if (response.statusCode() != (accounts ? 404 : 403)) {
                failures.add(admin.name() + " " + operation.id() + " on public B: " + response.statusCode() + " "
                        + response.asString());
            }
        }
        // The read rule also holds for the organisation filter of the lists: B is readable, so listed when named.
        assertEquals(200, call(viewer, "GET", "/api/v1/plans?organisation=" + b.code, null).statusCode());
        assertEquals(List.of(), failures);
    }

    /** Every operation, as one caller; B's things in the path, in bodies, and the lists and exports read for marks. */
    private void walk(OrganisationB b, Caller caller, List<Operation> operations, boolean draft, List<String> failures) {
        for (Operation operation : operations) {
            String before = digest(b);
            if (!operation.path().contains("{")) {
                global(b, caller, operation, failures);
            } else {
                String path = path(operation, b, draft);
                Response response = send(caller, operation, path, body(operation.id(), b), b);
                Set<Integer> allowed = expected(caller, operation);
                expect(failures, caller, operation.id(), response, b, allowed);
            }
            expectUnwritten(failures, caller, operation.id(), before, b);
        }
    }

    /**
     * The status the README's table gives a caller of A on B's private data: 404 for every operation whose role
     * the caller has; 403 where the role forbids it whatever it names (checked before anything is looked up). A
     * person of the Region reads B's published data and changes nothing: 403 on writes.
     */
    private static Set<Integer> expected(Caller caller, Operation operation) {
        if (caller.regional()) {
            return Set.of(403, 404);
        }
        if (caller.administrator() && !Set.of("saveOivReview", "saveOivValidation").contains(operation.id())) {
            return Set.of(404);
        }
        return Set.of(403, 404);
    }

    /** The operations without an id in the path: lists to read for marks, and writes that name B's things in bodies. */
    private void global(OrganisationB b, Caller caller, Operation operation, List<String> failures) {
        switch (operation.id()) {
            case "postCountBatch" -> {
                Response response = call(caller, "POST", "/api/v1/counts/batch", Map.of("rows", List.of(Map.of(
                        "indicatorId", b.id("ratio"), "component", "NUMERATOR", "from", b.year + "-01-01", "to",
                        b.year + "-03-31", "value", 5))), "batch-" + System.nanoTime());
                expect(failures, caller, operation.id(), response, b, Set.of(400, 403));
                refusedFor(failures, caller, operation.id(), response, "indicatorId");
            }
            case "importAllegatoA" -> {
                Response response = caller.request().get().contentType(IMPORT_TYPE)
                        .header("Idempotency-Key", "import-" + System.nanoTime()).queryParam("dryRun", false)
                        // A year already over: a file of B's future year is refused for its dates (422) before
                        // its title is read, and the walk is about the title.
                        .body(AllegatoWorkbooks.referenceForYear(PAST_YEAR).replace("(ARTI)", "(" + b.code + ")")
                                .getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/imports/allegato-a");
                // 400 naming the file (its title names B, not the caller's organisation), or the role's 403.
                expect(failures, caller, operation.id(), response, b, Set.of(400, 403));
                if (response.statusCode() == 400 && !response.asString().contains("\"field\":\"file\"")) {
                    failures.add(caller.name() + " importAllegatoA: refused for another reason: " + response.asString());
                }
            }
            case "createPlan" -> {
                Response response = call(caller, "POST", "/api/v1/plans", Map.of("year", b.year, "title",
                        "Piano di A"), null);
                // An administrator of A creates it in A (B has that year already: no conflict is seen).
                expect(failures, caller, operation.id(), response, b, caller.administrator() ? Set.of(201)
                        : Set.of(403));
                if (response.statusCode() == 201) {
                    assertEquals("ARTI", response.jsonPath().getString("organisationCode"));
                    call(caller, "DELETE", "/api/v1/plans/" + response.jsonPath().getLong("id"), null);
                }
            }
            case "createOrganisation" -> {
                Response response = call(caller, "POST", "/api/v1/organisations", organisation(b.code, "x"), null);
                expect(failures, caller, operation.id(), response, b, caller.regional() ? Set.of(409) : Set.of(403));
            }
            case "createToken" -> {
                Response response = call(caller, "POST", "/api/v1/tokens", Map.of("name", "token di A", "scopes",
                        List.of("counts:write"), "indicatorIds", List.of(b.id("ratio")), "expiresOn",
                        LocalDate.now().plusMonths(1).toString()), null);
                expect(failures, caller, operation.id(), response, b, Set.of(400, 403));
                refusedFor(failures, caller, operation.id(), response, caller.regional() ? "scopes" : "indicatorIds");
            }
            case "createUser" -> {
                Response response = call(caller, "POST", "/api/v1/users", Map.of("username",
                        "a.editor." + System.nanoTime() % 1_000_000, "displayName", "Editor di A", "password",
                        Accounts.PASSWORD, "role", "EDITOR", "structures", List.of("BSTR")), null);
                expect(failures, caller, operation.id(), response, b, Set.of(400, 403));
                refusedFor(failures, caller, operation.id(), response, "structures");
            }
            case "switchOrganisation" -> {
                // Nobody of A is a member of B: 400 naming the organisation for people, 403 for tokens.
                Response response = call(caller, "PUT", "/api/v1/auth/me/organisation", Map.of("organisation", b.code),
                        null);
                expect(failures, caller, operation.id(), response, b, Set.of(400, 403));
                refusedFor(failures, caller, operation.id(), response, "organisation");
            }
            case "login" -> {
                // B's editor's password is not A's to know: wrong credentials answer as for an unknown user.
                Response response = given().contentType(ContentType.JSON)
                        .body(Map.of("username", b.editor, "password", "non-la-password-giusta")).post("/api/v1/auth/login");
                expect(failures, caller, operation.id(), response, b, Set.of(401));
            }
            case "logout", "updateMyPreferences" -> {
                // The caller's own session and preferences: nothing of B to name. Read for marks only.
                Response response = call(caller, "GET", operation.id().equals("logout") ? "/api/v1/auth/me"
                        : "/api/v1/auth/me/preferences", null);
                expect(failures, caller, operation.id(), response, b, Set.of(200, 401, 403));
            }
            default -> {
                if (!operation.method().equals("GET")) {
                    failures.add("the walk does not know the write " + operation.id());
                    return;
                }
                boolean list = LISTS.contains(operation.id());
                expect(failures, caller, operation.id(), call(caller, "GET", operation.path()
                        + (list ? "?limit=500" : ""), null), b, Set.of(200, 401, 403));
                if (operation.id().equals("listIndicatorValues")) {
                    Response csv = caller.request().get().accept("text/csv").get(operation.path() + "?limit=500");
                    expect(failures, caller, operation.id() + " (CSV)", csv, b, Set.of(200));
                }
                if (Set.of("listPlans", "listIndicatorValues", "listIndicatorValueRemovals", "getPublication",
                        "getOpenDataCatalogTurtle", "getOpenDataCatalogRdfXml").contains(operation.id())) {
                    expect(failures, caller, operation.id() + " of B", call(caller, "GET", operation.path()
                            + "?organisation=" + b.code, null), b, caller.regional() ? Set.of(200) : Set.of(404));
                }
            }
        }
    }

    /** A 400 must name the field that names B's thing: refused for that, not for a flaw of the walk's request. */
    private static void refusedFor(List<String> failures, Caller caller, String operation, Response response,
            String field) {
        if (response.statusCode() == 400 && !response.asString().contains(field)) {
            failures.add(caller.name() + " " + operation + ": 400 without naming " + field + ": " + response.asString());
        }
    }

    /** The answer's status is one allowed, and it carries nothing of B. */
    private static void expect(List<String> failures, Caller caller, String operation, Response response,
            OrganisationB b, Set<Integer> allowed) {
        String seen = seen(response);
        if (!allowed.contains(response.statusCode())) {
            failures.add(caller.name() + " " + operation + ": " + response.statusCode() + " not in " + allowed + ": "
                    + abbreviated(seen));
        }
        if (response.statusCode() == 403 && !caller.regional() && seen.contains("altra organizzazione")) {
            failures.add(caller.name() + " " + operation + ": 403 for B's private data, which must look unknown");
        }
        if (seen.toLowerCase().contains(MARK.toLowerCase())) {
            failures.add(caller.name() + " " + operation + ": a mark of B in the answer: " + abbreviated(seen));
        }
        if (response.statusCode() == 200 && !caller.regional() && response.contentType() != null
                && response.contentType().startsWith("application/json")) {
            List<String> leaked = idsOfB(response.asString(), b);
            if (!leaked.isEmpty()) {
                failures.add(caller.name() + " " + operation + ": ids of B in a list of A: " + leaked);
            }
        }
    }

    private void expectUnwritten(List<String> failures, Caller caller, String operation, String before,
            OrganisationB b) {
        String after = digest(b);
        if (!after.equals(before)) {
            failures.add(caller.name() + " " + operation + ": B's rows changed");
        }
    }

    /** Everything a client sees of an answer: headers that carry data, and the body (archives unzipped). */
    private static String seen(Response response) {
        StringBuilder seen = new StringBuilder();
        for (String header : List.of("ETag", "Location", "Content-Disposition")) {
            if (response.header(header) != null) {
                seen.append(header).append(": ").append(response.header(header)).append('\n');
            }
        }
        byte[] body = response.asByteArray();
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    seen.append(entry.getName()).append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                seen.append(new String(body, StandardCharsets.ISO_8859_1));
            }
        } else {
            seen.append(new String(body, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }

    /** B's ids in the id fields of a list's items (plans, users, tokens) or of the pull API's rows. */
    private static List<String> idsOfB(String body, OrganisationB b) {
        List<String> leaked = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode items = root.get("items");
            if (items == null || !items.isArray()) {
                return leaked;
            }
            Map<String, List<Long>> fields = Map.of("planId", List.of(b.ids.get("plan"), b.ids.get("draftPlan")),
                    "indicatorId", List.of(b.ids.get("indicator"), b.ids.get("ratio")), "periodId",
                    List.of(b.ids.get("period")), "objectiveId", List.of(b.ids.get("objective")));
            for (JsonNode item : items) {
                fields.forEach((field, ids) -> {
                    if (item.has(field) && ids.contains(item.get(field).asLong())) {
                        leaked.add(field + "=" + item.get(field).asLong());
                    }
                });
                if (item.has("organisationCode") && b.code.equals(item.get("organisationCode").asText())) {
                    leaked.add("organisationCode=" + b.code);
                }
                if (item.has("code") && b.code.equals(item.get("code").asText())) {
                    leaked.add("code=" + b.code);
                }
            }
        } catch (IOException e) {
            // Not JSON after all: the marks were checked on the text.
        }
        return leaked;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    // ---- requests ------------------------------------------------------------------------------------------------

    private static Response call(Caller caller, String method, String path, Map<String, Object> body) {
        return call(caller, method, path, body, null);
    }

    private static Response call(Caller caller, String method, String path, Map<String, Object> body,
            String idempotencyKey) {
        RequestSpecification request = caller.request().get();
        if (body != null) {
            request = request.body(body);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        // An absent version must not be what refuses the change.
        request = request.header("If-Match", "*");
        if (method.equals("GET")) {
            // Exports and files answer in their own media types: JSON only would be refused (406) before the id is.
            request = request.accept("*/*");
        }
        return request.request(method, path);
    }

    private static Response send(Caller caller, Operation operation, String path, Map<String, Object> body,
            OrganisationB b) {
        if (Set.of("attachResultEvidence", "attachPhaseEvidence").contains(operation.id())) {
            // On this shared machine a session's sign-in can outlast the test profile's 2 s body timeout (408, which
            // the contract does not list and which says nothing of B): such an upload is sent again.
            for (int attempt = 1; ; attempt++) {
                try {
                    return caller.request().get().contentType("multipart/form-data")
                            .multiPart(new MultiPartSpecBuilder("settore;nota\nAR-SI;di A\n".getBytes(
                                    StandardCharsets.UTF_8)).controlName("file").fileName("nota.csv")
                                    .mimeType("text/csv").build())
                            .post(path);
                } catch (AssertionError e) {
                    if (attempt == 3 || !e.getMessage().contains("(408)")) {
                        throw e;
                    }
                }
            }
        }
        return call(caller, operation.method(), path, body, "walk-" + System.nanoTime());
    }

    /** The operation's path with B's things in it. */
    private static String path(Operation operation, OrganisationB b, boolean draft) {
        String path = operation.path();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{areaId}", String.valueOf(b.id("area")));
        values.put("{evidenceId}", String.valueOf(b.id("evidence")));
        values.put("{indicatorId}", String.valueOf(b.id(operation.path().contains("counts") ? "ratio" : "indicator")));
        values.put("{objectiveId}", String.valueOf(b.id("objective")));
        values.put("{periodId}", String.valueOf(b.id("period")));
        values.put("{phaseId}", String.valueOf(b.id("phase")));
        values.put("{planId}", String.valueOf(b.id(draft ? "draftPlan" : "plan")));
        values.put("{organisationCode}", b.code);
        values.put("{structureId}", String.valueOf(b.id("structure")));
        values.put("{tokenId}", String.valueOf(b.id("token")));
        values.put("{userId}", String.valueOf(b.id("editor")));
        values.put("{username}", b.editor);
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("the walk has no value for a parameter of " + operation.path());
        }
        // The one required query parameter of an operation with ids in its path.
        return operation.id().equals("getIndicatorValue") ? path + "?periodId=" + b.id("period") : path;
    }

    /** A body that would be accepted if the thing were the caller's: the organisation must be what refuses it. */
    private static Map<String, Object> body(String operation, OrganisationB b) {
        int year = b.year;
        return switch (operation) {
            case "updateArea" -> Map.of("number", 1, "title", "Ambito di A");
            case "updateIndicator", "createIndicator" -> Map.of("description", "Indicatore di A", "kind", "DIRECT",
                    "targetValue", 50);
            case "saveAssessment" -> Map.of("step", 3);
            case "putCount" -> Map.of("component", "NUMERATOR", "from", year + "-01-01", "to", year + "-01-31",
                    "value", 7);
            case "saveResult" -> Map.of("enteredValue", 10, "monitoringNote", "Nota di A");
            case "updateObjective", "createObjective" -> Map.of("areaId", b.id("area"), "code", "1.9", "title",
                    "Obiettivo di A", "weight", 5, "responsibleStructureId", b.id("structure"));
            case "createPhase", "updatePhase" -> Map.of("number", 2, "description", "Fase di A", "plannedStart",
                    year + "-01-01", "plannedEnd", year + "-12-31", "weight", 10);
            case "updateOrganisation" -> Map.of("name", "Nome dato da A");
            case "createStructure", "createTerritorialUnit" -> Map.of("code", "DA-A", "name", "Di A");
            case "updatePeriod", "createPeriod" -> Map.of("kind", "INTERIM", "referenceDate", year + "-09-30", "label",
                    "Periodo di A");
            case "openCollection" -> Map.of("deadline", LocalDate.now().plusDays(10).toString());
            case "returnCollectionPart" -> Map.of("reason", "Respinta da A");
            case "saveOivReview" -> Map.of("outcome", "VERIFIED");
            case "saveOivValidation" -> Map.of("outcome", "VALIDATED", "reasoning", "Validata da A");
            case "reopenPeriod" -> Map.of("reason", "Riaperto da A");
            case "updatePhaseProgress" -> Map.of("partialProgress", 40);
            case "updatePlan" -> Map.of("year", year, "title", "Piano rinominato da A");
            case "createArea" -> Map.of("number", 7, "title", "Ambito di A");
            case "createNextYearPlan" -> Map.of("provisionalReason", "Anticipato da A");
            case "saveMember" -> Map.of("role", "EDITOR", "structures", List.of("BSTR"));
            case "updateUser" -> Map.of("username", b.editor, "displayName", "Rinominato da A", "role", "VIEWER");
            default -> null;
        };
    }

    // ---- the organisations and callers -----------------------------------------------------------------------------

    private static Caller regional() {
        Accounts.Session session = Accounts.login(Accounts.createUser("REGIONAL", List.of()));
        return new Caller("regional", session::request, true, false);
    }

    private static List<Caller> callersOfA() {
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        Accounts.Session editor = Accounts.login(Accounts.createUser("EDITOR", List.of("DIREZIONE")));
        Accounts.Session admin = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        String token = Accounts.createToken(List.of("values:read"), List.of());
        return List.of(new Caller("viewer of A", viewer::request, false, false),
                new Caller("editor of A", editor::request, false, false),
                new Caller("administrator of A", admin::request, false, true),
                new Caller("token of A", () -> Accounts.withToken(token), false, false));
    }

    private static Map<String, Object> organisation(String code, String suffix) {
        return Map.of("code", code, "name", "Ente " + MARK + " " + suffix, "publicRead", false, "administrator",
                Map.of("username", "admin." + code.toLowerCase() + suffix, "displayName", "Amministratore " + MARK,
                        "password", Accounts.PASSWORD));
    }

    /** B, created by a person of the Region and filled by its administrator through the API. */
    private static OrganisationB organisationB(Caller regional, boolean publicRead) {
        OrganisationB b = new OrganisationB();
        b.code = "ISO" + System.nanoTime() % 1_000_000;
        Map<String, Object> body = new HashMap<>(organisation(b.code, ""));
        body.put("publicRead", publicRead);
        regional.request().get().body(body).post("/api/v1/organisations").then().statusCode(201);
        b.admin = Accounts.login("admin." + b.code.toLowerCase());
        b.ids.put("structure", created(b.admin.request().body(Map.of("code", "BSTR", "name", "Struttura " + MARK))
                .post("/api/v1/organisations/{c}/structures", b.code)));
        b.admin.request().body(Map.of("code", "BUNIT", "name", "Unità " + MARK))
                .post("/api/v1/organisations/{c}/territorial-units", b.code).then().statusCode(201);
        b.year = Api.freshYear();
        b.ids.put("plan", created(b.admin.request().body(Map.of("year", b.year, "title", "Piano " + MARK))
                .post("/api/v1/plans")));
        b.ids.put("period", created(b.admin.request().body(Map.of("kind", "INTERIM", "referenceDate",
                b.year + "-06-30", "label", "Periodo " + MARK)).post("/api/v1/plans/{id}/periods", b.id("plan"))));
        b.ids.put("area", created(b.admin.request().body(Map.of("number", 1, "title", "Ambito " + MARK))
                .post("/api/v1/plans/{id}/areas", b.id("plan"))));
        b.ids.put("objective", created(b.admin.request().body(Map.of("areaId", b.id("area"), "code", "1.1", "title",
                "Obiettivo " + MARK, "weight", 100, "responsibleStructureId", b.id("structure")))
                .post("/api/v1/plans/{id}/objectives", b.id("plan"))));
        b.ids.put("indicator", created(b.admin.request().body(Map.of("description", "Indicatore " + MARK, "kind",
                "DIRECT", "targetValue", 80)).post("/api/v1/objectives/{id}/indicators", b.id("objective"))));
        b.ids.put("ratio", created(b.admin.request().body(Map.of("description", "Istruttorie " + MARK
                + "/domande " + MARK, "kind", "RATIO", "targetValue", 100))
                .post("/api/v1/objectives/{id}/indicators", b.id("objective"))));
        b.ids.put("phase", created(b.admin.request().body(Map.of("number", 1, "description", "Fase " + MARK,
                "plannedStart", b.year + "-01-01", "plannedEnd", b.year + "-12-31", "weight", 100))
                .post("/api/v1/objectives/{id}/phases", b.id("objective"))));
        b.admin.request().body(Map.of("enteredValue", 42, "monitoringNote", "Nota " + MARK))
                .put("/api/v1/indicators/{i}/results/{p}", b.id("indicator"), b.id("period")).then().statusCode(201);
        b.admin.request().header("If-Match", b.admin.request().get("/api/v1/indicators/{i}/assessments/{p}",
                        b.id("indicator"), b.id("period")).then().statusCode(200).extract().header("ETag"))
                .body(Map.of("step", 3)).put("/api/v1/indicators/{i}/assessments/{p}", b.id("indicator"),
                        b.id("period")).then().statusCode(200);
        b.admin.request().body(Map.of("component", "DENOMINATOR", "from", b.year + "-01-01", "to", b.year + "-01-31",
                "value", 106)).put("/api/v1/indicators/{id}/counts", b.id("ratio")).then().statusCode(201);
        b.ids.put("evidence", created(given().cookie("perfmon_session", b.admin.cookie())
                .header("Csrf-Token", b.admin.csrf())
                .multiPart(new MultiPartSpecBuilder(("settore;nota\nBUNIT;" + MARK + "\n").getBytes(StandardCharsets.UTF_8))
                        .controlName("file").fileName("evidenza-" + MARK + ".csv").mimeType("text/csv").build())
                .post("/api/v1/indicators/{i}/results/{p}/evidence", b.id("indicator"), b.id("period"))));
        b.tokenSecret = b.admin.request().body(Map.of("name", "Token " + MARK, "scopes", List.of("counts:write"),
                        "indicatorIds", List.of(b.id("ratio")), "expiresOn", LocalDate.now().plusMonths(1).toString()))
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
        b.ids.put("token", b.admin.request().get("/api/v1/tokens").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id"));
        b.editor = "editor." + b.code.toLowerCase();
        b.ids.put("editor", created(b.admin.request().body(Map.of("username", b.editor, "displayName", "Editor "
                + MARK, "password", Accounts.PASSWORD, "role", "EDITOR", "structures", List.of("BSTR")))
                .post("/api/v1/users")));
        b.admin.request().body(Map.of("deadline", LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/periods/{p}/collection", b.id("period")).then().statusCode(201);
        b.admin.request().header("If-Match", "\"0\"").post("/api/v1/plans/{id}/publish", b.id("plan")).then()
                .statusCode(200);
        int draftYear = Api.freshYear();
        b.ids.put("draftPlan", created(b.admin.request().body(Map.of("year", draftYear, "title", "Bozza " + MARK))
                .post("/api/v1/plans")));
        b.admin.request().body(Map.of("number", 1, "title", "Ambito in bozza " + MARK))
                .post("/api/v1/plans/{id}/areas", b.id("draftPlan")).then().statusCode(201);
        return b;
    }

    private static long created(Response response) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
    }

    // ---- what B holds ------------------------------------------------------------------------------------------------

    /** B's rows in every table that holds its data, and its audit events: any write shows here. */
    private String digest(OrganisationB b) {
        long organisation = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from organisation where code = ?1").setParameter(1, b.code).getSingleResult()).longValue());
        String plans = "(select id from plan where organisation_id = " + organisation + ")";
        String objectives = "(select id from objective where plan_id in " + plans + ")";
        String indicators = "(select id from indicator where objective_id in " + objectives + ")";
        String periods = "(select id from monitoring_period where plan_id in " + plans + ")";
        List<String> queries = List.of(
                "select * from organisation where id = " + organisation,
                "select * from plan where organisation_id = " + organisation,
                "select * from responsible_structure where organisation_id = " + organisation,
                "select * from territorial_unit where organisation_id = " + organisation,
                "select id, username, display_name, role, active, version from app_user where organisation_id = "
                        + organisation,
                "select id, name, scopes, revoked_at, version from api_token where organisation_id = " + organisation,
                "select * from user_membership where organisation_id = " + organisation,
                "select id, organisation_id from user_session where organisation_id = " + organisation,
                "select * from strategic_area where plan_id in " + plans,
                "select * from objective where plan_id in " + plans,
                "select * from indicator where objective_id in " + objectives,
                "select * from phase where objective_id in " + objectives,
                "select * from monitoring_period where plan_id in " + plans,
                "select * from indicator_result where period_id in " + periods,
                "select * from indicator_count where indicator_id in " + indicators,
                "select id, version from evidence where indicator_id in " + indicators,
                "select * from collection where period_id in " + periods,
                "select count(*) from audit_event where organisation_id = " + organisation);
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder all = new StringBuilder();
            for (String query : queries) {
                List<?> rows = em.createNativeQuery(query + " order by 1").getResultList();
                for (Object row : rows) {
                    all.append(row instanceof Object[] columns ? Arrays.deepToString(columns) : String.valueOf(row))
                            .append('\n');
                }
            }
            return all.toString();
        });
    }

    private static List<Operation> contract() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Files.readString(Path.of("..", "openapi.yaml")));
        List<Operation> operations = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                String id = method.getValue().get("operationId").asText();
                ids.add(id);
                operations.add(new Operation(id, method.getKey().toUpperCase(), path.getKey()));
            }
        }));
        assertTrue(ids.size() >= 100, "operations read from openapi.yaml: " + ids.size());
        return operations;
    }
}
