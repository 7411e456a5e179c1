package it.perfmon.evidence;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.RawHttp;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evidence behind the figures: the accepted types told from the content, the size limit, downloads, the freeze once a
 * period is closed, who may attach, read and remove it, and its record in the audit trail.
 */
@QuarkusTest
@DefaultCredentials.Without
class EvidenceResourceTest {

    private static final String RESULT_EVIDENCE = "/api/v1/indicators/{indicator}/results/{period}/evidence";
    private static final String PHASE_EVIDENCE = "/api/v1/phases/{phase}/evidence";
    private static final String EVIDENCE = "/api/v1/evidence/{id}";
    private static final int MIB = 1024 * 1024;

    private static SharedPlan plan;
    private static Item shared;
    private static Accounts.Session direzioneEditor;
    private static String direzioneEditorName;
    private static Accounts.Session rpctEditor;
    private static Accounts.Session viewer;
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    /** An objective of Direzione in the shared plan, with an indicator and a phase. */
    record Item(long objectiveId, long indicatorId, long phaseId) {
    }

    // Not @BeforeAll, which may run before the application has started. One plan for the class: plan years are a
    // budget of all the tests; tests that close periods close periods of their own in it.
    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
            shared = newItem();
            direzioneEditorName = Accounts.createUser("EDITOR", List.of("DIREZIONE"));
            direzioneEditor = Accounts.login(direzioneEditorName);
            rpctEditor = Accounts.login(Accounts.createUser("EDITOR", List.of("RPCT")));
            viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        }
    }

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("determina-approvazione.pdf", EvidenceFiles.pdf(), "application/pdf"),
                Arguments.of("verbale.odt", EvidenceFiles.odt(), "application/vnd.oasis.opendocument.text"),
                Arguments.of("relazione-fase-1.docx", EvidenceFiles.docx(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("istruttorie.ods", EvidenceFiles.ods(), "application/vnd.oasis.opendocument.spreadsheet"),
                Arguments.of("colloqui-giugno-2021.xlsx", EvidenceFiles.xlsx(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of("colloqui-per-settore.csv", EvidenceFiles.csv(), "text/csv"),
                Arguments.of("schermata-portale.png", EvidenceFiles.png(), "image/png"),
                Arguments.of("foto-evento.JPG", EvidenceFiles.jpeg(), "image/jpeg"));
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void shouldAttachEachAcceptedTypeWithItsSha256(String name, byte[] bytes, String mediaType) {
        long period = plan.periodId();
        // The client's own Content-Type for the part is neither trusted nor needed: octet-stream for every file.
        ExtractableResponse<Response> created = upload(admin(), name, bytes, "Elemento probatorio di prova")
                .post(RESULT_EVIDENCE, shared.indicatorId(), period).then().statusCode(201)
                .header("Location", containsString("/api/v1/evidence/")).header("ETag", equalTo("\"0\""))
                .body("fileName", equalTo(name)).body("mediaType", equalTo(mediaType))
                .body("size", equalTo(bytes.length)).body("sha256", equalTo(EvidenceFiles.sha256(bytes)))
                .body("description", equalTo("Elemento probatorio di prova"))
                .body("attachedTo.kind", equalTo("RESULT"))
                .body("attachedTo.indicatorId", equalTo((int) shared.indicatorId()))
                .body("attachedTo.periodId", equalTo((int) period)).body("attachedTo.phaseId", nullValue())
                .body("uploadedBy", equalTo("bootstrap-token")).body("uploadedAt", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        admin().get(RESULT_EVIDENCE, shared.indicatorId(), period).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.sha256", equalTo(EvidenceFiles.sha256(bytes)));
        byte[] downloaded = admin().get(EVIDENCE + "/content", id).then().statusCode(200)
                .contentType(startsWith(mediaType)).extract().asByteArray();
        assertArrayEquals(bytes, downloaded);
    }

    @Test
    void shouldRefuseAnExecutableNamedAsAPdfWith415SayingWhatItIs() {
        Item item = newItem();
        List<Long> before = stored();
        upload(admin(), "fattura-2021.pdf", EvidenceFiles.windowsExecutable(), null, "application/pdf")
                .post(RESULT_EVIDENCE, item.indicatorId(), plan.periodId())
                .then().spec(problem(415, "file"))
                .body("detail", allOf(containsString("è un eseguibile (application/x-msdownload)"),
                        containsString("non un PDF")));
        upload(admin(), "relazione.pdf", EvidenceFiles.linuxExecutable(), null, "application/pdf")
                .post(PHASE_EVIDENCE, item.phaseId())
                .then().spec(problem(415, "file")).body("detail", allOf(containsString("è un eseguibile (application/x-"),
                        containsString("non un PDF")));
        assertEquals(before, stored());
        admin().get(RESULT_EVIDENCE, item.indicatorId(), plan.periodId()).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseContentThatIsNotWhatItsNameSays() {
        upload(admin(), "foto-evento.jpg", EvidenceFiles.png(), null)
                .post(PHASE_EVIDENCE, shared.phaseId()).then().spec(problem(415, "file"))
                .body("detail", allOf(containsString("è un'immagine PNG (image/png), non un'immagine JPEG"),
                        containsString(".png")));
        upload(admin(), "relazione.docx", EvidenceFiles.zip(), null)
                .post(PHASE_EVIDENCE, shared.phaseId()).then().spec(problem(415, "file"))
                .body("detail", containsString("è un archivio compresso (application/zip), non un documento DOCX"));
        upload(admin(), "colloqui.xlsx", EvidenceFiles.docx(), null)
                .post(PHASE_EVIDENCE, shared.phaseId()).then().spec(problem(415, "file"))
                .body("detail", containsString("è un documento DOCX"));
        upload(admin(), "colloqui.csv", EvidenceFiles.pdf(), null)
                .post(PHASE_EVIDENCE, shared.phaseId()).then().spec(problem(415, "file"))
                .body("detail", containsString("è un PDF (application/pdf), non un file CSV"));
        upload(admin(), "programma.exe", EvidenceFiles.windowsExecutable(), null)
                .post(PHASE_EVIDENCE, shared.phaseId()).then().spec(problem(415, "file"))
                .body("detail", containsString("non termina con l'estensione di un tipo ammesso"));
    }

    @Test
    void shouldRefuseA21MiBFileWith413BeforeReadingItAndWriteNothing() {
        List<Long> before = stored();
        // The headers of a 21 MiB upload, announced by Content-Length and sent, as curl does, with Expect:
        // 100-continue: the refusal comes before a byte of the body is asked for, let alone read.
        String head = "POST /api/v1/phases/" + shared.phaseId() + "/evidence HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + DefaultCredentials.ADMIN_TOKEN + "\r\n"
                + "Content-Type: multipart/form-data; boundary=confine\r\n"
                + "Content-Length: " + (21 * MIB + 200) + "\r\nExpect: 100-continue\r\n\r\n";
        RawHttp.Reply reply = RawHttp.exchange(head.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
        assertEquals(413, reply.status(), reply.headers() + " " + reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.headers().toString());
        assertTrue(reply.body().contains(String.valueOf(20 * MIB + 64 * 1024)), reply.body());
        assertEquals(before, stored());
    }

    @Test
    void shouldRefuseA21MiBFileSentWithoutALengthWith413AndWriteNothing() {
        List<Long> before = stored();
        byte[] huge = EvidenceFiles.csvOfSize(21 * MIB);
        // A part of unknown length goes out chunked: the server can only count the file once received.
        admin().multiPart(new MultiPartSpecBuilder(new ByteArrayInputStream(huge)).controlName("file")
                        .fileName("estrazione.csv").mimeType("text/csv").build())
                .post(RESULT_EVIDENCE, shared.indicatorId(), plan.periodId())
                .then().spec(problem(413, "file")).body("detail", containsString(String.valueOf(20 * MIB)));
        assertEquals(before, stored());
    }

    @Test
    void shouldTakeAFileOfExactlyTheLimitAndGiveItBackWhole() {
        Item item = newItem();
        byte[] limit = EvidenceFiles.csvOfSize(20 * MIB);
        long id = upload(admin(), "estrazione-completa.csv", limit, null)
                .post(RESULT_EVIDENCE, item.indicatorId(), plan.periodId()).then().statusCode(201)
                .body("size", equalTo(20 * MIB)).body("sha256", equalTo(EvidenceFiles.sha256(limit)))
                .extract().jsonPath().getLong("id");
        assertEquals(20, (long) QuarkusTransaction.requiringNew().call(() -> Evidence.getEntityManager()
                .createNativeQuery("select count(*) from evidence_content where evidence_id = ?1", Long.class)
                .setParameter(1, id).getSingleResult()), "chunks of 1 MiB");
        ExtractableResponse<Response> download = admin().get(EVIDENCE + "/content", id).then().statusCode(200)
                .header("Content-Length", String.valueOf(20 * MIB)).extract();
        assertEquals(EvidenceFiles.sha256(limit), EvidenceFiles.sha256(download.asByteArray()));
    }

    @Test
    void shouldServeTheDownloadAsAnAttachmentOfItsStoredTypeThatBrowsersMustNotSniff() {
        Item item = newItem();
        byte[] pdf = EvidenceFiles.pdf();
        String sha256 = EvidenceFiles.sha256(pdf);
        // As browsers send it: the name in UTF-8 (which REST Assured's multipart cannot write), after the fake path
        // some of them put before it.
        long id = browserUpload("C:\\fakepath\\Relazione attività «2021» (finale).pdf", pdf)
                .post(PHASE_EVIDENCE, item.phaseId()).then().statusCode(201)
                .body("fileName", equalTo("Relazione attività «2021» (finale).pdf"))
                .body("attachedTo.kind", equalTo("PHASE")).body("attachedTo.phaseId", equalTo((int) item.phaseId()))
                .body("attachedTo.indicatorId", nullValue())
                .extract().jsonPath().getLong("id");

        ExtractableResponse<Response> download = admin().get(EVIDENCE + "/content", id).then().statusCode(200)
                .contentType(equalTo("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"Relazione-attivita--2021---finale-.pdf\"; "
                        + "filename*=UTF-8''Relazione%20attivit%C3%A0%20%C2%AB2021%C2%BB%20%28finale%29.pdf"))
                .header("ETag", equalTo("\"" + sha256 + "\""))
                .header("Content-Length", String.valueOf(pdf.length))
                .extract();
        assertEquals(List.of("nosniff"), download.headers().getValues("X-Content-Type-Options").stream().distinct().toList());
        assertArrayEquals(pdf, download.asByteArray());
        admin().header("If-None-Match", "\"" + sha256 + "\"").get(EVIDENCE + "/content", id).then().statusCode(304);

        admin().get(EVIDENCE, id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("mediaType", equalTo("application/pdf")).body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha256)).body("description", nullValue());
        admin().get(EVIDENCE, 999_999_999).then().spec(problem(404));
    }

    @Test
    void shouldRefuseRemovingOrAddingEvidenceOfAClosedPeriodWith409() {
        Item item = newItem();
        long period = newPeriod();
        long id = upload(admin(), "colloqui-al-31-gennaio.xlsx", EvidenceFiles.xlsx(), null)
                .post(RESULT_EVIDENCE, item.indicatorId(), period).then().statusCode(201).extract().jsonPath().getLong("id");
        admin().post("/api/v1/periods/{id}/close", period).then().statusCode(200);

        admin().delete(EVIDENCE, id).then().spec(problem(409, "periodId")).body("detail", containsString("chiuso"));
        upload(admin(), "altro.pdf", EvidenceFiles.pdf(), null).post(RESULT_EVIDENCE, item.indicatorId(), period)
                .then().spec(problem(409, "periodId"));
        admin().get(EVIDENCE, id).then().statusCode(200);
        admin().get(RESULT_EVIDENCE, item.indicatorId(), period).then().statusCode(200).body("total", equalTo(1));

        admin().contentType("application/json").body(Map.of("reason", "Manca l'estrazione corretta dei colloqui"))
                .post("/api/v1/periods/{id}/reopen", period).then().statusCode(200);
        admin().delete(EVIDENCE, id).then().statusCode(204);
        admin().get(EVIDENCE, id).then().spec(problem(404));
    }

    @Test
    void shouldKeepEditorsFromChangingEvidenceWhileTheirPartOfTheCollectionIsSubmitted() {
        Item item = newItem();
        long period = newPeriod();
        long id = upload(session(direzioneEditor), "colloqui.csv", EvidenceFiles.csv(), null)
                .post(RESULT_EVIDENCE, item.indicatorId(), period).then().statusCode(201).extract().jsonPath().getLong("id");
        admin().contentType("application/json").body(Map.of("deadline", LocalDate.now().plusDays(7).toString()))
                .post("/api/v1/periods/{id}/collection", period).then().statusCode(201);
        session(direzioneEditor).post("/api/v1/periods/{id}/collection/structures/{s}/submit", period,
                Api.structureId("DIREZIONE")).then().statusCode(200);

        upload(session(direzioneEditor), "colloqui-rettificati.csv", EvidenceFiles.csv(), null)
                .post(RESULT_EVIDENCE, item.indicatorId(), period).then().spec(problem(409, "state"));
        session(direzioneEditor).delete(EVIDENCE, id).then().spec(problem(409, "state"));
        // The office still can, as it can change the results themselves.
        upload(admin(), "colloqui-rettificati.csv", EvidenceFiles.csv(), null)
                .post(RESULT_EVIDENCE, item.indicatorId(), period).then().statusCode(201);
    }

    @Test
    void shouldFreezeAPhasesEvidenceOnceAPeriodOfThePlanClosesAfterItsUpload() {
        Item item = newItem();
        long before = upload(admin(), "determina-fase-1.pdf", EvidenceFiles.pdf(), null)
                .post(PHASE_EVIDENCE, item.phaseId()).then().statusCode(201).extract().jsonPath().getLong("id");
        long period = newPeriod();
        admin().post("/api/v1/periods/{id}/close", period).then().statusCode(200);

        admin().delete(EVIDENCE, before).then().spec(problem(409, "periodId"))
                .body("detail", containsString("determina-fase-1.pdf"));
        // Uploaded after that closing: it backs nothing published yet, so it may still go.
        long after = upload(admin(), "determina-fase-1-rettifica.pdf", EvidenceFiles.pdf(), null)
                .post(PHASE_EVIDENCE, item.phaseId()).then().statusCode(201).extract().jsonPath().getLong("id");
        admin().delete(EVIDENCE, after).then().statusCode(204);
        admin().get(PHASE_EVIDENCE, item.phaseId()).then().statusCode(200).body("items.id", equalTo(List.of((int) before)));
    }

    @Test
    void shouldRefuseNewEvidenceOnAPhaseOnceEveryPeriodOfItsPlanIsClosed() {
        Item item = newItem();
        List<Long> open = admin().queryParam("limit", 500).get("/api/v1/plans/{id}/periods", plan.planId()).then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.status == 'OPEN' }.id", Long.class);
        open.forEach(period -> admin().queryParam("reason", "Chiusura di tutti i periodi per la prova")
                .post("/api/v1/periods/{id}/close", period).then().statusCode(200));

        upload(admin(), "determina.pdf", EvidenceFiles.pdf(), null).post(PHASE_EVIDENCE, item.phaseId())
                .then().spec(problem(409, "periodId")).body("detail", containsString("Tutti i periodi"));

        // The other tests of the class go on with the interim period open, as they found it.
        admin().contentType("application/json").body(Map.of("reason", "Riapertura dopo la prova dei periodi chiusi"))
                .post("/api/v1/periods/{id}/reopen", plan.periodId()).then().statusCode(200);
        upload(admin(), "determina.pdf", EvidenceFiles.pdf(), null).post(PHASE_EVIDENCE, item.phaseId())
                .then().statusCode(201);
    }

    @Test
    void shouldLetTheEditorOfTheStructureAttachReadAndRemove() {
        Item item = newItem();
        byte[] csv = EvidenceFiles.csv();
        long id = upload(session(direzioneEditor), "colloqui-per-settore.csv", csv, "Estrazione dal sistema dei colloqui")
                .post(RESULT_EVIDENCE, item.indicatorId(), plan.periodId()).then().statusCode(201)
                .body("uploadedBy", equalTo(direzioneEditorName)).extract().jsonPath().getLong("id");
        session(direzioneEditor).get(RESULT_EVIDENCE, item.indicatorId(), plan.periodId()).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        session(direzioneEditor).get(EVIDENCE, id).then().statusCode(200);
        assertArrayEquals(csv, session(direzioneEditor).get(EVIDENCE + "/content", id).then().statusCode(200)
                .extract().asByteArray());
        session(direzioneEditor).delete(EVIDENCE, id).then().statusCode(204);
    }

    /**
     * 403, not 404: the indicator and the phase are public (anyone reads the plan), so hiding that they exist would
     * hide nothing; what is refused is the evidence, and the problem says whose it is.
     */
    @Test
    void shouldRefuseAnEditorOfAnotherStructureToAttachReadOrRemove() {
        Item item = newItem();
        long id = upload(admin(), "determina.pdf", EvidenceFiles.pdf(), null)
                .post(PHASE_EVIDENCE, item.phaseId()).then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> before = stored();

        upload(session(rpctEditor), "determina.pdf", EvidenceFiles.pdf(), null)
                .post(PHASE_EVIDENCE, item.phaseId()).then().spec(problem(403));
        upload(session(rpctEditor), "colloqui.csv", EvidenceFiles.csv(), null)
                .post(RESULT_EVIDENCE, item.indicatorId(), plan.periodId()).then().spec(problem(403));
        session(rpctEditor).get(PHASE_EVIDENCE, item.phaseId()).then().spec(problem(403))
                .body("detail", containsString("editor della struttura responsabile"));
        session(rpctEditor).get(RESULT_EVIDENCE, item.indicatorId(), plan.periodId()).then().spec(problem(403));
        session(rpctEditor).get(EVIDENCE, id).then().spec(problem(403));
        session(rpctEditor).get(EVIDENCE + "/content", id).then().spec(problem(403));
        session(rpctEditor).delete(EVIDENCE, id).then().spec(problem(403));

        assertEquals(before, stored());
        admin().get(EVIDENCE, id).then().statusCode(200);
    }

    @Test
    void shouldRefuseAnonymousReadersViewersAndTokens() {
        Item item = newItem();
        long id = upload(admin(), "determina.pdf", EvidenceFiles.pdf(), null)
                .post(PHASE_EVIDENCE, item.phaseId()).then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> before = stored();

        given().get(PHASE_EVIDENCE, item.phaseId()).then().spec(problem(401));
        given().get(EVIDENCE, id).then().spec(problem(401));
        given().get(EVIDENCE + "/content", id).then().spec(problem(401));
        upload(given(), "determina.pdf", EvidenceFiles.pdf(), null).post(PHASE_EVIDENCE, item.phaseId())
                .then().spec(problem(401));

        session(viewer).get(PHASE_EVIDENCE, item.phaseId()).then().spec(problem(403));
        session(viewer).get(EVIDENCE + "/content", id).then().spec(problem(403));
        upload(session(viewer), "determina.pdf", EvidenceFiles.pdf(), null).post(PHASE_EVIDENCE, item.phaseId())
                .then().spec(problem(403));
        session(viewer).delete(EVIDENCE, id).then().spec(problem(403));

        String reader = Accounts.createToken(List.of("values:read"), List.of());
        withToken(reader).get(PHASE_EVIDENCE, item.phaseId()).then().spec(problem(403));
        withToken(reader).get(EVIDENCE + "/content", id).then().spec(problem(403));
        // Scoped to post the counts of this very indicator: still not a reader or writer of its evidence.
        long counted = Api.createIndicator(item.objectiveId(), Map.of("description", "Colloqui erogati a distanza",
                "kind", "RATIO_PLANNED", "plannedQuantity", 20000, "targetValue", 100));
        String counts = Accounts.createToken(List.of("counts:write"), List.of(counted));
        upload(withToken(counts), "colloqui.csv", EvidenceFiles.csv(), null)
                .post(RESULT_EVIDENCE, counted, plan.periodId()).then().spec(problem(403));
        withToken(counts).get(RESULT_EVIDENCE, counted, plan.periodId()).then().spec(problem(403));

        assertEquals(before, stored());
    }

    @Test
    void shouldRefuseAnAnonymousUploadBeforeReadingItsFile() {
        // Were the file read first, the server would answer 100 Continue and wait for it.
        String head = "POST /api/v1/phases/" + shared.phaseId() + "/evidence HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=confine\r\n"
                + "Content-Length: " + MIB + "\r\nExpect: 100-continue\r\n\r\n";
        RawHttp.Reply reply = RawHttp.exchange(head.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
        assertEquals(401, reply.status(), reply.headers() + " " + reply.body());
    }

    @Test
    void shouldRecordEveryUploadAndRemovalInTheAuditTrailForThoseWhoReadTheEvidence() {
        Item item = newItem();
        byte[] ods = EvidenceFiles.ods();
        long id = upload(session(direzioneEditor), "istruttorie.ods", ods, "Istruttorie effettuate al 30/06")
                .post(RESULT_EVIDENCE, item.indicatorId(), plan.periodId()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        session(direzioneEditor).delete(EVIDENCE, id).then().statusCode(204);

        JsonPath trail = admin().queryParam("entityType", "evidence").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        assertEquals(List.of("DELETE", "CREATE"), trail.getList("items.action"));
        assertEquals(List.of(direzioneEditorName, direzioneEditorName), trail.getList("items.actorName"));
        Map<String, Object> created = fields(trail, 1, "newValue");
        assertEquals("istruttorie.ods", created.get("fileName"));
        assertEquals("application/vnd.oasis.opendocument.spreadsheet", created.get("mediaType"));
        assertEquals(EvidenceFiles.sha256(ods), created.get("sha256"));
        assertEquals(ods.length, ((Number) created.get("sizeBytes")).intValue());
        assertEquals("Istruttorie effettuate al 30/06", created.get("description"));
        assertEquals(EvidenceFiles.sha256(ods), fields(trail, 0, "oldValue").get("sha256"));
        admin().queryParam("objectiveId", item.objectiveId()).get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.entityType == 'evidence' }.entityId", hasItems((int) id, (int) id));

        session(direzioneEditor).queryParam("entityType", "evidence").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items", hasSize(2));
        session(rpctEditor).queryParam("entityType", "evidence").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items", empty());
        session(viewer).queryParam("objectiveId", item.objectiveId()).get("/api/v1/audit").then().statusCode(200)
                .body("items.entityType", not(hasItem("evidence")));
    }

    @Test
    void shouldRefuseDeletingWhatCarriesEvidence() {
        Item item = newItem();
        upload(admin(), "determina.pdf", EvidenceFiles.pdf(), null).post(PHASE_EVIDENCE, item.phaseId())
                .then().statusCode(201);
        long period = newPeriod();
        upload(admin(), "colloqui.csv", EvidenceFiles.csv(), null).post(RESULT_EVIDENCE, item.indicatorId(), period)
                .then().statusCode(201);

        admin().delete("/api/v1/phases/{id}", item.phaseId()).then().spec(problem(409))
                .body("detail", containsString("elementi probativi"));
        admin().delete("/api/v1/indicators/{id}", item.indicatorId()).then().spec(problem(409))
                .body("detail", containsString("elementi probativi"));
        admin().delete("/api/v1/periods/{id}", period).then().spec(problem(409))
                .body("detail", containsString("elementi probativi"));
        admin().delete("/api/v1/objectives/{id}", item.objectiveId()).then().spec(problem(409))
                .body("detail", containsString("2 elementi probativi"));
    }

    @Test
    void shouldRefuseAnUploadWithoutAFileOrWithTooLongADescription() {
        List<Long> before = stored();
        admin().multiPart("description", "Manca il file").post(PHASE_EVIDENCE, shared.phaseId())
                .then().spec(problem(400, "file"));
        upload(admin(), "determina.pdf", EvidenceFiles.pdf(), "x".repeat(1001)).post(PHASE_EVIDENCE, shared.phaseId())
                .then().spec(problem(400, "description"));
        upload(admin(), "vuoto.pdf", new byte[0], null).post(PHASE_EVIDENCE, shared.phaseId())
                .then().spec(problem(400, "file"));
        admin().contentType("application/json").body(Map.of("file", "determina.pdf"))
                .post(PHASE_EVIDENCE, shared.phaseId()).then().spec(problem(415));
        assertEquals(before, stored());
    }

    private static Item newItem() {
        long objective = plan.newObjective().objectiveId();
        long indicator = Api.createDirectIndicator(objective);
        long phase = Api.createPhase(objective, 1, plan.year() + "-01-04", plan.year() + "-03-31", 100);
        return new Item(objective, indicator, phase);
    }

    private static long newPeriod() {
        LocalDate date = LocalDate.of(plan.year(), 1, 14).plusWeeks(NEXT_WEEK.getAndIncrement());
        return Api.createPeriod(plan.planId(), date.toString(), "INTERIM");
    }

    /** Rows of evidence, of its content and of its audit events: what a refused upload must leave as it was. */
    private static List<Long> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Evidence.getEntityManager();
            long content = (Long) em.createNativeQuery("select count(*) from evidence_content", Long.class).getSingleResult();
            long events = (Long) em.createNativeQuery("select count(*) from audit_event where entity_type = 'evidence'",
                    Long.class).getSingleResult();
            return List.of(Evidence.count(), content, events);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(JsonPath trail, int item, String side) {
        Map<String, Object> values = new java.util.HashMap<>();
        List<Map<String, Object>> changes = trail.getList("items[" + item + "].changes");
        changes.forEach(change -> values.put((String) change.get("field"), change.get(side)));
        return values;
    }

    private static RequestSpecification upload(RequestSpecification spec, String name, byte[] bytes, String description) {
        return upload(spec, name, bytes, description, "application/octet-stream");
    }

    private static RequestSpecification upload(RequestSpecification spec, String name, byte[] bytes, String description,
            String partType) {
        RequestSpecification request = spec.multiPart(new MultiPartSpecBuilder(bytes).controlName("file").fileName(name)
                .mimeType(partType).build());
        return description == null ? request
                : request.multiPart(new MultiPartSpecBuilder(description).controlName("description").charset("UTF-8").build());
    }

    /** A multipart body written as browsers write it, the part's filename in UTF-8. */
    private static RequestSpecification browserUpload(String name, byte[] bytes) {
        String boundary = "----confine" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return admin().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + DefaultCredentials.ADMIN_TOKEN);
    }

    /** A browser's session; not Accounts.Session#request(), whose JSON content type a multipart body cannot have. */
    private static RequestSpecification session(Accounts.Session session) {
        return given().cookie("perfmon_session", session.cookie()).header("Csrf-Token", session.csrf());
    }

    private static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
