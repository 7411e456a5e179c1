package it.perfmon.publication;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Amministrazione trasparente › Performance: only the closed periods of published plans, with their files, their open
 * data (CSV, JSON, ODS under CC BY 4.0) and a DCAT-AP_IT catalogue that a harvester can parse. Each test leaves the
 * 2021 interim period open, as the other tests expect it.
 */
@QuarkusTest
class PublicationTest {

    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dcatapit: <http://dati.gov.it/onto/dcatapit#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
            """;

    @AfterEach
    void leaveTheInterimPeriodOpen() {
        String status = given().get("/api/v1/periods/{id}", Arti2021.interimPeriodId()).then().extract().path("status");
        if ("CLOSED".equals(status)) {
            reopen("Ripristino dello stato iniziale dopo il test").then().statusCode(200);
        }
    }

    @Test
    void shouldNotPublishAnOpenPeriod() {
        JsonPath publication = publication();
        assertFalse(periodIds(publication).contains(Arti2021.interimPeriodId()), "the open interim period is not listed");
        given().get("/api/v1/open-data/periods/{id}/values.csv", Arti2021.interimPeriodId()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/open-data/periods/{id}/values.json", Arti2021.interimPeriodId()).then().statusCode(404);
        given().get("/api/v1/open-data/periods/{id}/values.ods", Arti2021.interimPeriodId()).then().statusCode(404);
        Model catalog = catalog("ttl", Lang.TURTLE);
        assertEquals(0, select(catalog, "SELECT ?d WHERE { ?d dct:identifier \"ARTI:" + Arti2021.interimPeriodId()
                + "\" }").size());
    }

    @Test
    void shouldNeverPublishAClosedPeriodOfADraftPlan() {
        int year = Api.pastYear();
        long draft = Api.createDraftPlan(year);
        long period = Api.createPeriod(draft, year + "-06-30", "INTERIM");
        json().post("/api/v1/periods/{id}/close", period).then().log().ifValidationFails().statusCode(200);
        try {
            assertFalse(periodIds(publication()).contains(period), "a draft's closed period is not published");
            assertFalse(periodIds(json().get("/api/v1/publication").then().statusCode(200).extract().jsonPath())
                    .contains(period), "not even to an administrator: publication is what the public sees");
            json().accept("*/*").get("/api/v1/open-data/periods/{id}/values.csv", period).then().statusCode(404);
            assertFalse(given().get("/api/v1/open-data/catalog.ttl").then().statusCode(200).extract().asString()
                    .contains("/periods/" + period + ">"), "the catalogue leaves it out");
        } finally {
            // The draft goes, so that no other test meets a closed period of a plan it did not make.
            json().body(Map.of("reason", "Rimozione del piano di prova")).post("/api/v1/periods/{id}/reopen", period)
                    .then().statusCode(200);
            json().delete("/api/v1/plans/{id}", draft).then().statusCode(204);
        }
    }

    @Test
    void shouldPublishTheClosedInterimPeriodWithItsFilesAnonymously() {
        close().then().statusCode(200);

        JsonPath publication = publication();
        String period = "plans.find { it.planId == %d }.periods.find { it.periodId == %d }"
                .formatted(Arti2021.planId(), Arti2021.interimPeriodId());
        assertEquals("INTERIM", publication.getString(period + ".kind"));
        assertEquals("2021-06-30", publication.getString(period + ".referenceDate"));
        assertNotNull(publication.getString(period + ".published"));
        assertNotNull(publication.getString(period + ".modified"));
        List<Map<String, Object>> files = publication.getList(period + ".files");
        List<String> formats = files.stream().map(f -> f.get("group") + " " + f.get("format")).toList();
        assertEquals(List.of("ALLEGATO_A PDF", "ALLEGATO_A XLSX", "ALLEGATO_A ODS", "ALLEGATO_A CSV", "OPEN_DATA CSV",
                "OPEN_DATA JSON", "OPEN_DATA ODS"), formats, "an interim period has no Relazione");
        for (Map<String, Object> file : files) {
            Response download = given().get((String) file.get("url"));
            assertEquals(200, download.statusCode(), file.get("url") + " downloads anonymously");
            assertTrue(download.contentType().startsWith((String) file.get("mediaType")), file.get("url") + " is "
                    + file.get("mediaType") + ", not " + download.contentType());
        }
        assertEquals("https://creativecommons.org/licenses/by/4.0/", publication.getString("licence.url"));
        for (Map<String, Object> file : publication.<Map<String, Object>>getList("catalog")) {
            given().get((String) file.get("url")).then().statusCode(200);
        }
    }

    @Test
    void shouldServeTheFrozenValuesAsCsvJsonAndOds() throws Exception {
        close().then().statusCode(200);
        long period = Arti2021.interimPeriodId();

        Response csv = given().get("/api/v1/open-data/periods/{id}/values.csv", period);
        csv.then().statusCode(200).contentType("text/csv;charset=UTF-8");
        assertNotNull(csv.header("ETag"));
        assertNotNull(csv.header("Last-Modified"));
        List<String> lines = List.of(csv.asString().split("\r\n"));
        assertEquals("organisation,planYear,periodReferenceDate,areaNumber,area,objectiveCode,objectiveTitle,structure,"
                + "indicatorPosition,indicator,unit,baseline,target,achievedValue,achievementPercent,assessmentStep,"
                + "assessment", lines.get(0));
        assertEquals(19, lines.size(), "a header and the 18 indicators of 2021");
        String row16 = lines.stream().filter(l -> l.contains(",1.6,")).findFirst().orElseThrow();
        assertTrue(row16.contains(",2021,2021-06-30,1,"), row16);
        assertTrue(row16.contains(",%,"), row16);
        assertTrue(row16.contains(",90.566"), "the value used, in percent units: " + row16);
        given().header("If-None-Match", csv.header("ETag")).get("/api/v1/open-data/periods/{id}/values.csv", period)
                .then().statusCode(304);

        JsonPath values = given().get("/api/v1/open-data/periods/{id}/values.json", period).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertEquals("https://creativecommons.org/licenses/by/4.0/", values.getString("licence.url"));
        assertTrue(values.getString("licence.name").contains("CC BY 4.0"));
        assertEquals(18, values.getList("rows").size());
        assertEquals("90.566", values.getString("rows.find { it.objectiveCode == '1.6' }.achievedValue").substring(0, 6));
        assertEquals("ARTI", values.getString("organisationCode"));

        byte[] ods = given().get("/api/v1/open-data/periods/{id}/values.ods", period).then().statusCode(200)
                .contentType("application/vnd.oasis.opendocument.spreadsheet").extract().asByteArray();
        List<List<String>> sheet = odsRows(ods);
        assertEquals(List.of(lines.get(0).split(",")), sheet.get(0), "the ODS has the CSV's columns");
        assertEquals(19, sheet.size());
        List<String> odsRow16 = sheet.stream().filter(r -> r.get(5).equals("1.6")).findFirst().orElseThrow();
        assertTrue(odsRow16.get(13).startsWith("90.566"), "a float cell with the value used: " + odsRow16);
        assertEquals("2021-06-30", odsRow16.get(2));
    }

    @Test
    void shouldDescribeTheOpenDataInDcatApItWithEveryMandatoryProperty() {
        close().then().statusCode(200);
        for (String[] format : new String[][] {{"ttl", "TURTLE"}, {"rdf", "RDFXML"}}) {
            Model model = catalog(format[0], format[1].equals("TURTLE") ? Lang.TURTLE : Lang.RDFXML);

            List<QuerySolution> catalogs = select(model, """
                    SELECT ?c WHERE { ?c a dcatapit:Catalog ; dct:title ?t ; dct:description ?d ; dct:modified ?m ;
                        foaf:homepage ?h ; dct:language ?l ; dct:issued ?i ;
                        dct:publisher [ a dcatapit:Agent ; dct:identifier "ARTI" ; foaf:name ?n ] }""");
            assertEquals(1, catalogs.size(), format[0] + ": one catalogue with its mandatory properties");

            String dataset = """
                    SELECT ?d WHERE { ?c a dcatapit:Catalog ; dcat:dataset ?d .
                        ?d a dcatapit:Dataset ; dct:identifier "ARTI:%d" ; dct:title ?t ; dct:description ?desc ;
                        dcat:theme <http://publications.europa.eu/resource/authority/data-theme/GOVE> ;
                        dct:rightsHolder [ a dcatapit:Agent ; dct:identifier "ARTI" ; foaf:name ?rn ] ;
                        dct:accrualPeriodicity ?f ; dct:modified ?m ; dct:issued ?i ;
                        dct:publisher [ a dcatapit:Agent ; dct:identifier ?pid ; foaf:name ?pn ] ;
                        dcat:contactPoint [ a dcatapit:Organization ; vcard:fn ?fn ; vcard:hasEmail ?mail ] }"""
                    .formatted(Arti2021.interimPeriodId());
            assertEquals(1, select(model, dataset).size(), format[0] + ": the closed period's dataset");

            List<QuerySolution> distributions = select(model, """
                    SELECT ?format WHERE { ?d dct:identifier "ARTI:%d" ; dcat:distribution ?x .
                        ?x a dcatapit:Distribution ; dct:format ?format ; dcat:accessURL ?a ; dcat:downloadURL ?u ;
                        dct:title ?t ; dct:description ?desc ; dcat:mediaType ?mt ;
                        dct:license [ a dcatapit:LicenseDocument ; dct:type ?lt ; foaf:name ?ln ] }
                    ORDER BY ?format""".formatted(Arti2021.interimPeriodId()));
            assertEquals(List.of("http://publications.europa.eu/resource/authority/file-type/CSV",
                    "http://publications.europa.eu/resource/authority/file-type/JSON",
                    "http://publications.europa.eu/resource/authority/file-type/ODS"),
                    distributions.stream().map(s -> s.getResource("format").getURI()).toList());
            assertEquals(1, select(model, """
                    SELECT ?l WHERE { ?l a dcatapit:LicenseDocument ; foaf:name ?n .
                        FILTER(?l = <https://creativecommons.org/licenses/by/4.0/>) }""").size());
            for (QuerySolution download : select(model, """
                    SELECT ?u WHERE { ?d dct:identifier "ARTI:%d" ; dcat:distribution/dcat:downloadURL ?u }"""
                    .formatted(Arti2021.interimPeriodId()))) {
                String url = download.getResource("u").getURI();
                assertTrue(url.startsWith("http://"), "absolute: " + url);
                given().get(url.substring(url.indexOf("/api/"))).then().statusCode(200);
            }
        }
    }

    @Test
    void shouldKeepThePublishedDateAndMoveTheModifiedDateWhenClosedAgain() throws InterruptedException {
        close().then().statusCode(200);
        String period = "plans.find { it.planId == %d }.periods.find { it.periodId == %d }"
                .formatted(Arti2021.planId(), Arti2021.interimPeriodId());
        JsonPath first = publication();
        String etag = given().get("/api/v1/open-data/periods/{id}/values.json", Arti2021.interimPeriodId()).header("ETag");

        reopen("Rettifica di un valore dopo la pubblicazione").then().statusCode(200);
        assertFalse(periodIds(publication()).contains(Arti2021.interimPeriodId()), "a reopened period is withdrawn");
        Thread.sleep(20);
        close().then().statusCode(200);

        JsonPath second = publication();
        assertEquals(first.getString(period + ".published"), second.getString(period + ".published"));
        Instant before = Instant.parse(first.getString(period + ".modified"));
        Instant after = Instant.parse(second.getString(period + ".modified"));
        assertTrue(after.isAfter(before), before + " then " + after);
        assertNotEquals(etag, given().get("/api/v1/open-data/periods/{id}/values.json", Arti2021.interimPeriodId())
                .header("ETag"), "the JSON states its new modified date");
    }

    private static Response close() {
        return json().post("/api/v1/periods/{id}/close", Arti2021.interimPeriodId());
    }

    private static Response reopen(String reason) {
        return json().body(Map.of("reason", reason)).post("/api/v1/periods/{id}/reopen", Arti2021.interimPeriodId());
    }

    private static JsonPath publication() {
        return given().get("/api/v1/publication").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    private static List<Long> periodIds(JsonPath publication) {
        List<Long> ids = new ArrayList<>();
        publication.<Number>getList("plans.periods.flatten().periodId").forEach(id -> ids.add(id.longValue()));
        return ids;
    }

    private static Model catalog(String extension, Lang lang) {
        String body = given().get("/api/v1/open-data/catalog." + extension).then().statusCode(200).extract().asString();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }

    private static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution execution = QueryExecutionFactory.create(PREFIXES + query, model)) {
            ResultSet results = execution.execSelect();
            List<QuerySolution> solutions = new ArrayList<>();
            results.forEachRemaining(solutions::add);
            return solutions;
        }
    }

    /** The cells of the first sheet as text: a typed cell's value attribute, else its paragraphs. */
    private static List<List<String>> odsRows(byte[] ods) throws Exception {
        byte[] content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            for (ZipEntry entry = first; entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    content = zip.readAllBytes();
                }
            }
        }
        assertNotNull(content, "content.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        String table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        NodeList rows = document.getElementsByTagNameNS(table, "table-row");
        List<List<String>> found = new ArrayList<>();
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagNameNS(table, "table-cell");
            List<String> values = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                String value = cell.hasAttributeNS(office, "value") ? cell.getAttributeNS(office, "value")
                        : cell.hasAttributeNS(office, "date-value") ? cell.getAttributeNS(office, "date-value")
                        : cell.getTextContent();
                values.add(value);
            }
            found.add(values);
        }
        return found;
    }
}
