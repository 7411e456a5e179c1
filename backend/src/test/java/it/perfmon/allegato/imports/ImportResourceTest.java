package it.perfmon.allegato.imports;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import it.perfmon.allegato.imports.AllegatoWorkbooks.Options;
import it.perfmon.allegato.imports.parse.MainColumn;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.http.params.CoreProtocolPNames;
import org.junit.jupiter.api.Test;

/**
 * Imports of the Allegato A through the API, against the real database: the 2021 reference into the seeded plan
 * changes nothing; into a plan of another year it creates the plan, and a modified file changes exactly what was
 * modified. Plans that tests change are of past years, so the seeded 2021 plan is never touched.
 */
@QuarkusTest
class ImportResourceTest {

    static final String PATH = "/api/v1/imports/allegato-a";
    static final String TSV = "text/tab-separated-values; charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    @Inject
    DataSource dataSource;

    static ValidatableResponse importText(String text, boolean dryRun) {
        return upload(given(), TSV, text.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    static ValidatableResponse upload(RequestSpecification request, String type, byte[] body, boolean dryRun) {
        return request.contentType(type).body(body).queryParam("dryRun", dryRun).post(PATH).then();
    }

    private static int plansOf(int year) {
        return given().queryParam("year", year).get("/api/v1/plans").then().statusCode(200).extract().path("total");
    }

    private static int auditEvents() {
        return given().queryParam("limit", 1).get("/api/v1/audit").then().statusCode(200).extract().path("total");
    }

    /** The rows of a report that change something. */
    private static List<Map<String, Object>> changes(JsonPath report) {
        return report.getList("rows.findAll { it.action == 'CREATE' || it.action == 'UPDATE' }");
    }

    @Test
    void shouldReportNoChangeWhenTheReferenceIsImportedIntoTheSeededPlan() {
        int before = auditEvents();
        JsonPath report = importText(AllegatoWorkbooks.referenceText(), true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("format", equalTo("TEXT"))
                .body("organisation", equalTo("ARTI"))
                .body("period.referenceDate", equalTo("2021-06-30"))
                .body("summary.created", equalTo(0))
                .body("summary.updated", equalTo(0))
                .body("summary.notInFile", equalTo(0))
                .body("rows.action", everyItem(equalTo("UNCHANGED")))
                .body("rows.kept.flatten()", org.hamcrest.Matchers.empty())
                .extract().jsonPath();
        assertEquals(Arti2021.planId(), report.getLong("planId"));
        // 1 organisation, 2 structures, plan, period, 4 areas, 15 objectives, 18 indicators with their results, 25 phases.
        assertEquals(85, report.getInt("summary.unchanged"));
        assertEquals(List.of("objective", "phase", "phase", "phase", "indicator", "result"), report.getList(
                "rows.findAll { it.key.startsWith('1.1') }.entity"));
        assertEquals(before, auditEvents());
    }

    @Test
    void shouldReportNoChangeWhenTheReferenceWorkbookIsImportedIntoTheSeededPlan() {
        byte[] workbook = AllegatoWorkbooks.fromText(AllegatoWorkbooks.referenceText());
        upload(given(), XLSX, workbook, true).statusCode(200)
                .body("format", equalTo("XLSX"))
                .body("summary.created", equalTo(0))
                .body("summary.updated", equalTo(0))
                .body("summary.unchanged", equalTo(85))
                .body("rows.find { it.key == '1.6' }.cell", equalTo("Allegato A!C11"));
    }

    @Test
    void shouldCreateAPlanOnlyWhenNotADryRun() {
        int year = Api.pastYear();
        String text = AllegatoWorkbooks.referenceForYear(year);
        JsonPath preview = importText(text, true).statusCode(200)
                .body("planId", nullValue())
                .body("rows.find { it.entity == 'plan' }.action", equalTo("CREATE"))
                .body("rows.find { it.entity == 'organisation' }.action", equalTo("UNCHANGED"))
                .extract().jsonPath();
        assertEquals(0, plansOf(year));
        // Both periods of the year are created, the file's (interim) and the final one.
        assertEquals(List.of("30/06/" + year, "31/12/" + year),
                preview.getList("rows.findAll { it.entity == 'period' }.key"));
        JsonPath created = importText(text, false).statusCode(201).body("dryRun", equalTo(false)).extract().jsonPath();
        assertEquals(preview.getList("rows.action"), created.getList("rows.action"));
        long planId = created.getLong("planId");
        given().get("/api/v1/plans/{id}", planId).then().statusCode(200).body("title",
                equalTo("Piano della performance " + year));
        importText(text, true).statusCode(200).body("planId", equalTo((int) planId))
                .body("summary.created", equalTo(0)).body("summary.updated", equalTo(0));
    }

    @Test
    void shouldApplyExactlyTheChangesOfAModifiedFile() {
        int year = Api.pastYear();
        String original = AllegatoWorkbooks.referenceForYear(year);
        long planId = importText(original, false).statusCode(201).extract().jsonPath().getLong("planId");
        String modified = original
                .replace("\t1.2\tIntesa per lo Sviluppo della Toscana - Promozione dei servizi erogati dalla nuova rete "
                        + "regionale dei Centri per l'impiego\t8,00%\t", "\t1.2\tIntesa per lo Sviluppo della Toscana - "
                        + "Promozione dei servizi erogati dalla nuova rete regionale dei Centri per l'impiego\t9,00%\t")
                .replace("\t45,00%\t-\tAttività in fase di espletamento\tDirezione - settore regionale Lavoro\n",
                        "\t45,00%\t-\tAttività in fase di espletamento\tDirezione - settore regionale Lavoro\n"
                                + "5\tBilancio della fiera\tRelazione finale\t01/12/" + year + "\t31/12/" + year
                                + "\tDirezione\t10,00%\t-\t-\tDirezione\n");
        JsonPath dryRun = importText(modified, true).statusCode(200).extract().jsonPath();
        List<Map<String, Object>> changes = changes(dryRun);
        assertEquals(2, changes.size(), String.valueOf(changes));
        assertEquals(Map.of("sheet", "Allegato A", "entity", "objective", "key", "1.2", "action", "UPDATE"),
                Map.of("sheet", changes.get(0).get("sheet"), "entity", changes.get(0).get("entity"),
                        "key", changes.get(0).get("key"), "action", changes.get(0).get("action")));
        assertEquals(List.of(Map.of("field", "weight", "oldValue", "8", "newValue", "9")), changes.get(0).get("changes"));
        assertEquals("phase", changes.get(1).get("entity"));
        assertEquals("1.2 fase 5", changes.get(1).get("key"));
        assertEquals("CREATE", changes.get(1).get("action"));
        assertEquals("ARTI crono 2", changes.get(1).get("sheet"));

        JsonPath applied = importText(modified, false).statusCode(200).extract().jsonPath();
        assertEquals(changes, changes(applied));
        long objectiveId = given().get("/api/v1/plans/{id}/objectives?limit=100", planId).then().statusCode(200)
                .body("items.find { it.code == '1.2' }.weight", equalTo(9)).extract().jsonPath()
                .getLong("items.find { it.code == '1.2' }.id");
        given().get("/api/v1/objectives/{id}/phases", objectiveId).then().statusCode(200)
                .body("items.number", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("items.find { it.number == 5 }.description", equalTo("Bilancio della fiera"));
        given().queryParam("entityType", "objective").queryParam("entityId", objectiveId).get("/api/v1/audit").then()
                .statusCode(200)
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changes.field", equalTo(List.of("weight")))
                .body("items[0].actorName", equalTo("bootstrap-token"));
        importText(modified, true).statusCode(200).body("summary.created", equalTo(0))
                .body("summary.updated", equalTo(0));
    }

    @Test
    void shouldRefuseARowThatBreaksARuleOfThePlanAsTheApiDoes() {
        int year = Api.pastYear();
        // A timeline due before its plan's year: the API refuses such a deadline, and so does the import.
        String backwards = AllegatoWorkbooks.referenceForYear(year).replace("Centri per l'impiego Valore target - entro "
                + "il 31/12/" + year, "Centri per l'impiego Valore target - entro il 31/12/" + (year - 1));
        int events = auditEvents();
        importText(backwards, true).spec(problem(409, "riga 9, campo 3"))
                .body("detail", containsString("non può precedere l'anno del piano"));
        importText(backwards, false).spec(problem(409, "riga 9, campo 3"));
        assertEquals(0, plansOf(year));
        assertEquals(events, auditEvents());
    }

    @Test
    void shouldReportWhatTheFileLacksWithoutDeletingIt() {
        int year = Api.pastYear();
        String original = AllegatoWorkbooks.referenceForYear(year);
        long planId = importText(original, false).statusCode(201).extract().jsonPath().getLong("planId");
        String shorter = Arrays.stream(original.split("\n", -1))
                .filter(line -> !line.contains("\t3.2\tMigliorare l'efficienza dei servizi"))
                .filter(line -> !line.startsWith("3\tAggiornamento ed implementazione dell'architettura organizzativa"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        JsonPath report = importText(shorter, false).statusCode(200)
                .body("summary.created", equalTo(0))
                .body("summary.updated", equalTo(0))
                .body("summary.notInFile", equalTo(2))
                .extract().jsonPath();
        assertEquals(List.of(Map.of("entity", "phase", "key", "1.1 fase 3"), Map.of("entity", "objective", "key", "3.2")),
                report.getList("rows.findAll { it.action == 'NOT_IN_FILE' }.collect { [entity: it.entity, key: it.key] }"));
        given().get("/api/v1/plans/{id}/objectives?limit=100", planId).then().statusCode(200)
                .body("items.code", hasItem("3.2"));
    }

    @Test
    void shouldKeepTheKindAPersonChoseWhenTheDescriptionIsUnchanged() {
        int year = Api.pastYear();
        String text = AllegatoWorkbooks.referenceForYear(year);
        long planId = importText(text, false).statusCode(201).extract().jsonPath().getLong("planId");
        long objectiveId = given().get("/api/v1/plans/{id}/objectives?limit=100", planId).then().extract().jsonPath()
                .getLong("items.find { it.code == '4.1' }.id");
        JsonPath indicator = given().get("/api/v1/objectives/{id}/indicators", objectiveId).then().extract().jsonPath();
        long indicatorId = indicator.getLong("items[0].id");
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("description", indicator.getString("items[0].description"));
        body.put("kind", "RATIO");
        body.put("numeratorLabel", "Numero utenti soddisfatti");
        body.put("denominatorLabel", "numero utenti su cui è stata effettuata la rilevazione");
        body.put("baselineValue", 79.69);
        body.put("baselineReference", "dato 2020");
        body.put("targetValue", 79);
        body.put("nextYearsTargetRule", ">= dato finale anno precedente");
        Api.json().header("If-Match", Api.etag("/api/v1/indicators/{id}", indicatorId)).body(body)
                .put("/api/v1/indicators/{id}", indicatorId).then().statusCode(200);
        importText(text, true).statusCode(200)
                .body("summary.updated", equalTo(0))
                .body("rows.find { it.key == '4.1 indicatore 1' }.action", equalTo("UNCHANGED"))
                .body("rows.find { it.key == '4.1 indicatore 1' }.kept[0].field", equalTo("kind"))
                .body("rows.find { it.key == '4.1 indicatore 1' }.kept[0].value", equalTo("RATIO"));
        importText(text.replace("Numero utenti soddisfatti/numero utenti su cui è stata effettuata la rilevazione",
                "Numero utenti soddisfatti/numero utenti intervistati"), true).statusCode(200)
                .body("rows.find { it.key == '4.1 indicatore 1' }.changes.field",
                        equalTo(List.of("description", "kind", "numeratorLabel", "denominatorLabel")));
    }

    @Test
    void shouldApplyARetriedImportOnlyOnce() {
        int year = Api.pastYear();
        byte[] file = AllegatoWorkbooks.referenceForYear(year).getBytes(StandardCharsets.UTF_8);
        String key = "allegato-" + year + "-" + System.nanoTime();
        String first = upload(given().header("Idempotency-Key", key), TSV, file, false).statusCode(201)
                .extract().asString();
        int events = auditEvents();
        String retry = upload(given().header("Idempotency-Key", key), TSV, file, false).statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(JsonPath.from(first).getMap(""), JsonPath.from(retry).getMap(""));
        assertEquals(events, auditEvents());
        byte[] another = (AllegatoWorkbooks.referenceForYear(year) + "\n").getBytes(StandardCharsets.UTF_8);
        upload(given().header("Idempotency-Key", key), TSV, another, false).spec(problem(422, "Idempotency-Key"));
    }

    @Test
    void shouldRefuseToChangeTheResultsOfAClosedPeriod() {
        int year = Api.pastYear();
        String original = AllegatoWorkbooks.referenceForYear(year);
        long planId = importText(original, false).statusCode(201).extract().jsonPath().getLong("planId");
        long interim = given().get("/api/v1/plans/{id}/periods", planId).then().extract().jsonPath()
                .getLong("items.find { it.kind == 'INTERIM' }.id");
        Api.json().post("/api/v1/periods/{id}/close", interim).then().statusCode(200);
        String modified = original.replace("\t8,00%\tOrganizzazione della seconda edizione", "\t9,00%\tOrganizzazione "
                + "della seconda edizione").replace("Il dato sarà rilevato a fine anno", "Il dato è stato rilevato");
        int events = auditEvents();
        importText(modified, true).spec(problem(409, "riga 22, campo 6"))
                .body("detail", containsString("è chiuso"));
        importText(modified, false).spec(problem(409, "riga 22, campo 6"));
        assertEquals(events, auditEvents());
        given().get("/api/v1/plans/{id}/objectives?limit=100", planId).then()
                .body("items.find { it.code == '1.2' }.weight", equalTo(8));
    }

    @Test
    void shouldWriteNothingWhenTheImportFailsHalfWay() throws SQLException {
        int year = Api.pastYear();
        // The database itself refuses the last phase of the file, long after the plan, its objectives and most
        // phases were inserted: the import must leave no trace of them.
        String text = AllegatoWorkbooks.referenceForYear(year).replace("4\tDefinizione procedure inerenti il servizio IVC",
                "4\tFase che il database rifiuta");
        int events = auditEvents();
        execute("CREATE TRIGGER import_test_refuses_phase BEFORE INSERT ON phase FOR EACH ROW BEGIN "
                + "IF NEW.description = 'Fase che il database rifiuta' THEN "
                + "SIGNAL SQLSTATE '22003' SET MESSAGE_TEXT = 'fase rifiutata dal test'; END IF; END");
        try {
            importText(text, false).spec(problem(500));
        } finally {
            execute("DROP TRIGGER IF EXISTS import_test_refuses_phase");
        }
        assertEquals(0, plansOf(year));
        assertEquals(events, auditEvents());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void shouldRefuseACellThatCannotBeReadNamingIt() {
        int year = Api.pastYear();
        String text = AllegatoWorkbooks.referenceForYear(year).replace("\t6,00%\t", "\tsei per cento\t")
                .replace("01/11/" + year, "31/11/" + year);
        importText(text, false).spec(problem(422, "riga 8, campo 5"))
                .body("type", equalTo("urn:perfmon:problem:import-invalid"))
                .body("errors.find { it.field == 'riga 8, campo 5' }.message",
                        equalTo("attesa una percentuale (es. 6,00%) o \"-\", trovato \"sei per cento\""))
                .body("errors.find { it.field == 'riga 34, campo 5' }.message",
                        equalTo("la data \"31/11/" + year + "\" non esiste"));
        assertEquals(0, plansOf(year));
    }

    @Test
    void shouldRefuseAWorkbookLackingAColumnNamingIt() {
        byte[] workbook = AllegatoWorkbooks.fromText(AllegatoWorkbooks.referenceText(),
                Options.standard().withHeading(MainColumn.ASSESSMENT, "Giudizio"));
        upload(given(), XLSX, workbook, true).spec(problem(422, "Allegato A!A3"))
                .body("errors[0].message", equalTo("manca la colonna \"Valutazione sintetica sullo stato di attuazione "
                        + "dell'indicatore\""));
    }

    @Test
    void shouldRefuseWhatIsNotASpreadsheet() {
        upload(given(), XLSX, AllegatoWorkbooks.referenceText().getBytes(StandardCharsets.UTF_8), true)
                .spec(problem(422, "file"))
                .body("detail", equalTo("Il file non è un foglio di calcolo XLSX (Excel 2007 o successivo)"));
    }

    private static byte[] arti2021InterimOds() {
        return given().queryParam("periodId", Arti2021.interimPeriodId()).queryParam("format", "ods")
                .get("/api/v1/plans/{id}/allegato-a", Arti2021.planId()).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void shouldReportNoChangeWhenTheSeededPlansOdsExportIsImported() {
        upload(given(), ODS, arti2021InterimOds(), true).statusCode(200)
                .body("format", equalTo("ODS"))
                .body("summary.created", equalTo(0))
                .body("summary.updated", equalTo(0))
                .body("rows.find { it.key == '1.6' }.cell", equalTo("Allegato A!C11"));
    }

    @Test
    void shouldRefuseAnOdsThatIsNotAZip() {
        upload(given(), ODS, AllegatoWorkbooks.referenceText().getBytes(StandardCharsets.UTF_8), true)
                .spec(problem(422, "file"))
                .body("detail", equalTo("Il file non è un foglio di calcolo ODS (OpenDocument): non è un archivio zip"));
    }

    @Test
    void shouldRefuseAnOdsWithoutContentNamingIt() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write(ODS.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        upload(given(), ODS, bytes.toByteArray(), true).spec(problem(422, "file"))
                .body("detail", containsString("manca content.xml"));
    }

    @Test
    void shouldRefuseATruncatedOds() {
        byte[] ods = arti2021InterimOds();
        upload(given(), ODS, Arrays.copyOf(ods, ods.length * 2 / 3), false).spec(problem(422, "file"))
                .body("detail", containsString("danneggiato"));
    }

    @Test
    void shouldRefuseATruncatedWorkbook() {
        byte[] workbook = AllegatoWorkbooks.fromText(AllegatoWorkbooks.referenceText());
        upload(given(), XLSX, Arrays.copyOf(workbook, workbook.length * 2 / 3), false).spec(problem(422, "file"))
                .body("detail", containsString("danneggiato o incompleto"));
    }

    @Test
    void shouldRefuseAZipBomb() {
        upload(given(), XLSX, AllegatoWorkbooks.zipBomb(), false).spec(problem(422, "file"))
                .body("detail", containsString("zip bomb"));
    }

    @Test
    void shouldRefuseMoreRowsThanTheLimit() {
        String text = AllegatoWorkbooks.referenceText() + "\n".repeat(5000);
        importText(text, true).spec(problem(422, "file")).body("detail", containsString("oltre il massimo di 5000"));
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8NamingTheLine() {
        // Declared UTF-8, written in Latin-1 as an old spreadsheet might save it.
        byte[] latin1 = AllegatoWorkbooks.referenceText().getBytes(StandardCharsets.ISO_8859_1);
        upload(given(), "text/plain; charset=utf-8", latin1, true).spec(problem(422, "riga 8"))
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void shouldRefuseAFileOverTheImportLimitWith413() {
        // The test profile's limit is 4 MiB (perfmon.import.max-bytes; 20 MiB by default).
        byte[] huge = new byte[5 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        // Expect: 100-continue lets the server refuse before the body is sent, as curl and browsers do.
        upload(given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam(CoreProtocolPNames.USE_EXPECT_CONTINUE, true))), TSV, huge, true)
                .spec(problem(413)).body("detail", containsString("4194304"));
    }

    @Test
    void shouldRefuseAFileSentWithoutALengthAsSoonAsItIsTooLarge() {
        byte[] huge = new byte[5 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        // A stream of unknown length goes out chunked, without Content-Length: the import counts what it reads.
        given().contentType(TSV).body(new java.io.ByteArrayInputStream(huge)).queryParam("dryRun", true).post(PATH)
                .then().spec(problem(413)).body("detail", equalTo("Il file supera 4194304 byte"));
    }

    @Test
    void shouldAcceptAFileLargerThanAJsonRequest() {
        // 1,5 MB of text, over the 1 MiB of JSON requests: refused for its rows, not for its size.
        String text = AllegatoWorkbooks.referenceText() + "\n" + (" ".repeat(299) + "\n").repeat(5000);
        importText(text, true).spec(problem(422, "file")).body("detail", containsString("righe"));
    }

    @Test
    void shouldRefuseOtherMediaTypesWith415() {
        byte[] text = AllegatoWorkbooks.referenceText().getBytes(StandardCharsets.UTF_8);
        upload(given(), "application/json", "{}".getBytes(StandardCharsets.UTF_8), true).spec(problem(415, "Content-Type"));
        upload(given(), "text/plain; charset=iso-8859-1", text, true).spec(problem(415, "Content-Type"))
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void shouldRequireTheDryRunFlag() {
        given().contentType(TSV).body(AllegatoWorkbooks.referenceText().getBytes(StandardCharsets.UTF_8)).post(PATH)
                .then().spec(problem(400, "dryRun"));
        importText("", true).spec(problem(400, "body"));
    }

    @Test
    void shouldLetOnlyAdministratorsImport() {
        byte[] file = AllegatoWorkbooks.referenceText().getBytes(StandardCharsets.UTF_8);
        Accounts.Session editor = Accounts.login(Accounts.createUser("EDITOR", List.of("DIREZIONE")));
        upload(editor.request(), TSV, file, true).spec(problem(403));
        String token = Accounts.createToken(List.of("counts:write"), List.of(Arti2021.indicatorId("1.6", 1)));
        upload(Accounts.withToken(token), TSV, file, true).spec(problem(403));
        Accounts.Session viewer = Accounts.login(Accounts.createUser("VIEWER", List.of()));
        upload(viewer.request(), XLSX, AllegatoWorkbooks.fromText(AllegatoWorkbooks.referenceText()), false)
                .spec(problem(403));
    }
}
