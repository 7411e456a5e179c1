package it.perfmon.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import io.restassured.builder.MultiPartSpecBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Who may call each operation of the committed openapi.yaml, and a walk of every operation as a given caller.
 * An operation missing from {@link #RULES} is reported: every new endpoint must state who may call it.
 */
final class AuthorizationMatrix {

    /** Who may call an operation. */
    enum Rule {
        /** Anyone, signed in or not, whether reading is public or not (status, sign-in). */
        OPEN,
        /** Anyone while public reading is on; otherwise a caller with a role of ours or a values:read token. */
        READ,
        /** Any signed-in person with a role of ours. */
        SIGNED_IN,
        /** Administrators only. */
        ADMIN,
        /** Administrators and the editors of the objective's responsible structure. */
        STRUCTURE_EDITOR,
        /**
         * Reading what only administrators and the editors of the objective's responsible structure read (evidence),
         * whether reading is public or not.
         */
        STRUCTURE_READER,
        /** Reading the OIV's reviews and validation: administrators and the OIV, whether reading is public or not. */
        OIV_READER,
        /** The OIV's own writes (its reviews and validation): the OIV only, administrators included among the refused. */
        OIV_WRITER,
        /** Creating an organisation: people of the Region only, administrators included among the refused. */
        REGIONAL,
        /**
         * Switching the organisation a session acts in: people signed in with a password (a session with its CSRF
         * token); tokens and people of the provider belong to one organisation.
         */
        OWN_SESSION
    }

    static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("listPlans", Rule.READ), Map.entry("getPlan", Rule.READ), Map.entry("getPlanReport", Rule.READ),
            Map.entry("getAllegatoA", Rule.READ), Map.entry("getRelazione", Rule.READ),
            Map.entry("createPlan", Rule.ADMIN), Map.entry("updatePlan", Rule.ADMIN), Map.entry("deletePlan", Rule.ADMIN),
            Map.entry("listPeriods", Rule.READ), Map.entry("getPeriod", Rule.READ),
            Map.entry("createPeriod", Rule.ADMIN), Map.entry("updatePeriod", Rule.ADMIN), Map.entry("deletePeriod", Rule.ADMIN),
            Map.entry("listAreas", Rule.READ), Map.entry("getArea", Rule.READ),
            Map.entry("createArea", Rule.ADMIN), Map.entry("updateArea", Rule.ADMIN), Map.entry("deleteArea", Rule.ADMIN),
            Map.entry("listObjectives", Rule.READ), Map.entry("getObjective", Rule.READ),
            Map.entry("createObjective", Rule.ADMIN), Map.entry("updateObjective", Rule.ADMIN),
            Map.entry("deleteObjective", Rule.ADMIN),
            Map.entry("listIndicators", Rule.READ), Map.entry("getIndicator", Rule.READ),
            Map.entry("createIndicator", Rule.ADMIN), Map.entry("updateIndicator", Rule.ADMIN),
            Map.entry("deleteIndicator", Rule.ADMIN),
            Map.entry("listPhases", Rule.READ), Map.entry("getPhase", Rule.READ),
            Map.entry("createPhase", Rule.ADMIN), Map.entry("updatePhase", Rule.ADMIN), Map.entry("deletePhase", Rule.ADMIN),
            Map.entry("updatePhaseProgress", Rule.STRUCTURE_EDITOR),
            Map.entry("listResults", Rule.READ), Map.entry("getResult", Rule.READ),
            Map.entry("saveResult", Rule.STRUCTURE_EDITOR), Map.entry("deleteResult", Rule.STRUCTURE_EDITOR),
            Map.entry("listAssessments", Rule.READ), Map.entry("listIndicatorAssessments", Rule.READ),
            Map.entry("getAssessment", Rule.READ), Map.entry("saveAssessment", Rule.STRUCTURE_EDITOR),
            Map.entry("listStructures", Rule.READ), Map.entry("listTerritorialUnits", Rule.READ),
            Map.entry("getStatus", Rule.OPEN), Map.entry("getAuthConfig", Rule.OPEN), Map.entry("login", Rule.OPEN),
            Map.entry("logout", Rule.OPEN),
            Map.entry("getCurrentUser", Rule.SIGNED_IN), Map.entry("listAuditEvents", Rule.SIGNED_IN),
            Map.entry("listUsers", Rule.ADMIN), Map.entry("getUser", Rule.ADMIN), Map.entry("createUser", Rule.ADMIN),
            Map.entry("updateUser", Rule.ADMIN), Map.entry("deleteUser", Rule.ADMIN),
            Map.entry("listTokens", Rule.ADMIN), Map.entry("createToken", Rule.ADMIN), Map.entry("revokeToken", Rule.ADMIN),
            Map.entry("listCounts", Rule.READ), Map.entry("getIndicatorValue", Rule.READ),
            Map.entry("listIndicatorValues", Rule.READ), Map.entry("listIndicatorValueRemovals", Rule.READ),
            Map.entry("putCount", Rule.STRUCTURE_EDITOR),
            Map.entry("postCountBatch", Rule.STRUCTURE_EDITOR),
            Map.entry("closePeriod", Rule.ADMIN), Map.entry("reopenPeriod", Rule.ADMIN),
            Map.entry("createNextYearPlan", Rule.ADMIN), Map.entry("importAllegatoA", Rule.ADMIN),
            Map.entry("publishPlan", Rule.ADMIN), Map.entry("previewSuggestion", Rule.READ),
            Map.entry("listMailMessages", Rule.ADMIN),
            Map.entry("openCollection", Rule.ADMIN), Map.entry("getCollection", Rule.READ),
            Map.entry("getCollectionPart", Rule.READ), Map.entry("submitCollectionPart", Rule.STRUCTURE_EDITOR),
            Map.entry("returnCollectionPart", Rule.ADMIN), Map.entry("acceptCollectionPart", Rule.ADMIN),
            Map.entry("sendCollectionReminders", Rule.ADMIN),
            Map.entry("getMyPreferences", Rule.SIGNED_IN), Map.entry("updateMyPreferences", Rule.SIGNED_IN),
            Map.entry("listResultEvidence", Rule.STRUCTURE_READER), Map.entry("listPhaseEvidence", Rule.STRUCTURE_READER),
            Map.entry("getEvidence", Rule.STRUCTURE_READER), Map.entry("getEvidenceContent", Rule.STRUCTURE_READER),
            Map.entry("attachResultEvidence", Rule.STRUCTURE_EDITOR), Map.entry("attachPhaseEvidence", Rule.STRUCTURE_EDITOR),
            Map.entry("deleteEvidence", Rule.STRUCTURE_EDITOR),
            Map.entry("listOivReviews", Rule.OIV_READER), Map.entry("getOivReview", Rule.OIV_READER),
            Map.entry("saveOivReview", Rule.OIV_WRITER), Map.entry("getOivValidation", Rule.OIV_READER),
            Map.entry("saveOivValidation", Rule.OIV_WRITER),
            Map.entry("getPublication", Rule.READ), Map.entry("getOpenDataCsv", Rule.READ),
            Map.entry("getOpenDataJson", Rule.READ), Map.entry("getOpenDataOds", Rule.READ),
            Map.entry("getOpenDataCatalogTurtle", Rule.READ), Map.entry("getOpenDataCatalogRdfXml", Rule.READ),
            Map.entry("listOrganisations", Rule.READ), Map.entry("getOrganisation", Rule.READ),
            Map.entry("createOrganisation", Rule.REGIONAL), Map.entry("updateOrganisation", Rule.ADMIN),
            Map.entry("createStructure", Rule.ADMIN), Map.entry("createTerritorialUnit", Rule.ADMIN),
            Map.entry("switchOrganisation", Rule.OWN_SESSION), Map.entry("listMembers", Rule.ADMIN),
            Map.entry("saveMember", Rule.ADMIN), Map.entry("removeMember", Rule.ADMIN));

    /** Acts that would change the 2021 plan for the tests after this one: when allowed, they go to unknown ids. */
    private static final Set<String> LASTING_ACTS = Set.of("closePeriod", "reopenPeriod", "createNextYearPlan",
            "attachResultEvidence", "attachPhaseEvidence");

    /** Operations whose body is a multipart form with a file, not JSON. */
    private static final Set<String> UPLOADS = Set.of("attachResultEvidence", "attachPhaseEvidence");

    record Operation(String id, String method, String path) {

        Rule rule() {
            return RULES.get(id);
        }

        boolean safe() {
            return method.equals("get");
        }

        /** Who is who is asked of any caller that is not anonymous. */
        boolean asksWhoIsSignedIn() {
            return id.equals("getCurrentUser");
        }
    }

    /** A kind of caller: how it makes a request, what it may call, and how it is refused the rest. */
    record Caller(String name, Supplier<RequestSpecification> request, Predicate<Operation> allowed, int refusal) {
    }

    /** Nobody signed in. */
    static Caller anonymous(boolean publicRead) {
        return new Caller("anonymous", io.restassured.RestAssured::given,
                op -> op.rule() == Rule.OPEN || publicRead && op.rule() == Rule.READ, 401);
    }

    /** A viewer, or an editor where the objective is not of their structures. */
    static Caller reader(String name, Supplier<RequestSpecification> request) {
        return new Caller(name, request, op -> switch (op.rule()) {
            case OPEN, READ, SIGNED_IN -> true;
            case ADMIN, STRUCTURE_EDITOR, STRUCTURE_READER, OIV_READER, OIV_WRITER, REGIONAL, OWN_SESSION -> false;
        }, 403);
    }

    /** The OIV: reads everything, evidence included, and writes only its own reviews and validation. */
    static Caller oiv(String name, Supplier<RequestSpecification> request) {
        return new Caller(name, request, op -> switch (op.rule()) {
            case OPEN, READ, SIGNED_IN, STRUCTURE_READER, OIV_READER, OIV_WRITER -> true;
            case ADMIN, STRUCTURE_EDITOR, REGIONAL, OWN_SESSION -> false;
        }, 403);
    }

    /** An editor of the responsible structure of the objective the walk goes to. */
    static Caller structureEditor(String name, Supplier<RequestSpecification> request) {
        return new Caller(name, request, op -> switch (op.rule()) {
            case OPEN, READ, SIGNED_IN, STRUCTURE_READER, STRUCTURE_EDITOR -> true;
            case ADMIN, OIV_READER, OIV_WRITER, REGIONAL, OWN_SESSION -> false;
        }, 403);
    }

    /** Everything but the OIV's own writes and the Region's, which are refused with 403. */
    static Caller administrator(String name, Supplier<RequestSpecification> request) {
        return new Caller(name, request, op -> op.rule() != Rule.OIV_WRITER && op.rule() != Rule.REGIONAL
                && op.rule() != Rule.OWN_SESSION, 403);
    }

    /** The same caller signed in with a password, in a session that sends its CSRF token: it may switch. */
    static Caller withSession(Caller caller) {
        return new Caller(caller.name(), caller.request(),
                op -> op.rule() == Rule.OWN_SESSION || caller.allowed().test(op), caller.refusal());
    }

    /** A token with values:read only: it reads, also when reading is not public, and changes nothing. */
    static Caller readingToken(Supplier<RequestSpecification> request) {
        return new Caller("token with values:read", request,
                op -> op.rule() == Rule.OPEN || op.rule() == Rule.READ || op.asksWhoIsSignedIn(), 403);
    }

    /**
     * Signed in, but with nothing of ours: a token for another indicator's counts without values:read, or a
     * person of the provider without a mapped role. Reads only what is public; may ask who it is.
     */
    static Caller withoutRole(String name, Supplier<RequestSpecification> request, boolean publicRead) {
        return new Caller(name, request, op -> op.rule() == Rule.OPEN || publicRead && op.rule() == Rule.READ
                || op.asksWhoIsSignedIn(), 403);
    }

    /**
     * The local callers every walk takes: anonymous, a viewer, an editor of another structure, the OIV, a reading
     * token, a token without values:read, and the administrator by token, by session with CSRF and by session
     * without it.
     * Objective 1.2 of 2021 belongs to Direzione: an RPCT editor is an editor of another structure.
     */
    static List<Caller> localCallers(boolean publicRead) {
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        Accounts.Session otherEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
        Accounts.Session oiv = Accounts.login(Accounts.createUser("OIV", List.of()));
        Accounts.Session admin = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        Accounts.Session adminWithoutCsrf = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        String readOnlyToken = Accounts.createToken(List.of("values:read"), List.of());
        String countsOfAnotherIndicator = Accounts.createToken(List.of("counts:write"),
                List.of(Arti2021.indicatorIdAs(Accounts.asAdmin(), "1.5", 2)));
        return List.of(
                anonymous(publicRead),
                withSession(reader("viewer", viewer::request)),
                withSession(reader("editor of another structure", otherEditor::request)),
                withSession(oiv("OIV", oiv::request)),
                readingToken(() -> Accounts.withToken(readOnlyToken)),
                withoutRole("token without values:read", () -> Accounts.withToken(countsOfAnotherIndicator), publicRead),
                administrator("administrator's token", Accounts::asAdmin),
                withSession(administrator("administrator's session with " + SessionOrTokenMechanism.CSRF_HEADER,
                        admin::request)),
                administratorSessionWithoutCsrf(adminWithoutCsrf));
    }

    /** A browser's session that does not send the CSRF token: it may read, and every change is refused. */
    static Caller administratorSessionWithoutCsrf(Accounts.Session session) {
        return new Caller("administrator's session without " + SessionOrTokenMechanism.CSRF_HEADER,
                () -> io.restassured.RestAssured.given().cookie("perfmon_session", session.cookie())
                        .contentType(ContentType.JSON).accept(ContentType.JSON),
                Operation::safe, 403);
    }

    private final Map<String, Object> ids;
    private final long indicatorOf12;

    /** Ids of the 2021 plan's objective 1.2 (of Direzione) and its surroundings, read as the administrator. */
    AuthorizationMatrix() {
        RequestSpecification admin = Accounts.asAdmin();
        long plan = admin.queryParam("year", 2021).get("/api/v1/plans").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        long period = Accounts.asAdmin().get("/api/v1/plans/{id}/periods", plan).then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.kind == 'INTERIM' }.id");
        long area = Accounts.asAdmin().get("/api/v1/plans/{id}/areas", plan).then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.number == 1 }.id");
        long objective = Accounts.asAdmin().get("/api/v1/plans/{id}/objectives?limit=100", plan).then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '1.2' }.id");
        long phase = Accounts.asAdmin().get("/api/v1/objectives/{id}/phases", objective).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        indicatorOf12 = Accounts.asAdmin().get("/api/v1/objectives/{id}/indicators", objective).then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.position == 1 }.id");
        long direzione = Accounts.asAdmin().get("/api/v1/organisations/ARTI/structures").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == 'DIREZIONE' }.id");
        ids = Map.ofEntries(Map.entry("planId", plan), Map.entry("periodId", period), Map.entry("areaId", area),
                Map.entry("objectiveId", objective), Map.entry("indicatorId", indicatorOf12), Map.entry("phaseId", phase),
                Map.entry("organisationCode", "ARTI"), Map.entry("userId", 1), Map.entry("tokenId", 1),
                Map.entry("structureId", direzione), Map.entry("evidenceId", evidenceOf(phase)),
                Map.entry("username", "nessuno.qui"));
    }

    /** A piece of evidence of Direzione's 1.2 (its first phase's), attached once for every walk of the test run. */
    private static long evidenceOf(long phase) {
        String path = "/api/v1/phases/{id}/evidence";
        JsonNode found = Accounts.asAdmin().get(path, phase).then().statusCode(200).extract().as(JsonNode.class);
        if (found.get("total").asLong() > 0) {
            return found.get("items").get(0).get("id").asLong();
        }
        return io.restassured.RestAssured.given().header("Authorization", "Bearer " + DefaultCredentials.ADMIN_TOKEN)
                .multiPart(upload()).post(path, phase).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static io.restassured.specification.MultiPartSpecification upload() {
        return new MultiPartSpecBuilder("indicatore;valore\n1.2;30\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .controlName("file").fileName("verifica-permessi.csv").mimeType("text/csv").build();
    }

    /** Every operation as every caller; what went wrong, one line each (empty when all is right). */
    List<String> walk(List<Caller> callers) {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            if (op.rule() == null) {
                wrong.add(op.id() + ": no rule declared in " + AuthorizationMatrix.class.getSimpleName());
                continue;
            }
            for (Caller caller : callers) {
                check(wrong, op, caller);
            }
        }
        return wrong;
    }

    /**
     * Let through means any answer but 401 and 403: a 400 for an empty body, or a 404 for an unknown id, came
     * after the permission checks; a 5xx is always wrong. Deletes and other lasting acts that are allowed go to
     * unknown ids, so the walk changes nothing.
     */
    private void check(List<String> wrong, Operation op, Caller caller) {
        boolean allowed = caller.allowed().test(op);
        if (op.id().equals("logout") && allowed && !caller.name().equals("anonymous")) {
            return; // it would end the session the next checks use
        }
        RequestSpecification spec = caller.request().get().contentType(ContentType.JSON).accept(ContentType.JSON);
        if (op.id().equals("getEvidenceContent")) {
            spec = spec.accept("*/*"); // a file of its stored type: Accept: application/json would get 406
        }
        if (UPLOADS.contains(op.id())) {
            spec = spec.contentType("multipart/form-data").multiPart(upload());
        } else if (!op.method().equals("get") && !op.method().equals("delete")) {
            spec = spec.body(body(op.id()));
        }
        String path = allowed && (op.method().equals("delete") || LASTING_ACTS.contains(op.id()))
                ? path(unknownIds(op.path())) : path(op.path());
        int status = spec.request(op.method().toUpperCase(), path).then().extract().statusCode();
        boolean refused = status == 401 || status == 403;
        if (status >= 500) {
            wrong.add(op.id() + " as " + caller.name() + ": " + status + " (a server error)");
        } else if (allowed == refused || !allowed && status != caller.refusal()) {
            wrong.add(op.id() + " as " + caller.name() + ": " + status + (allowed ? " (should be let through)"
                    : " (should be " + caller.refusal() + ")"));
        }
    }

    private static String unknownIds(String template) {
        return template.replaceAll("\\{[A-Za-z]+Id}", "999999999");
    }

    /** Bodies that pass validation where the structure check comes after it. */
    private Map<String, Object> body(String operationId) {
        return switch (operationId) {
            case "updatePhaseProgress" -> Map.of("monitoringNote", "Verifica dei permessi");
            case "saveResult" -> Map.of("monitoringNote", "Verifica dei permessi");
            case "saveAssessment" -> Map.of("step", 3);
            case "putCount" -> Map.of("component", "NUMERATOR", "from", "2021-01-01", "to", "2021-01-31", "value", 1);
            case "postCountBatch" -> Map.of("rows", List.of(Map.of("indicatorId", indicatorOf12,
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

    static List<Operation> operations() {
        JsonNode contract;
        try {
            contract = new YAMLMapper().readTree(Files.readString(Path.of("..", "openapi.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode id = method.getValue().get("operationId");
            if (id != null) {
                operations.add(new Operation(id.asText(), method.getKey(), path.getKey()));
            }
        }));
        return operations;
    }
}
