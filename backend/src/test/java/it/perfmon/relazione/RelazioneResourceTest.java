package it.perfmon.relazione;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import it.perfmon.document.PublishedDocument;
import it.perfmon.relazione.service.RelazioneService;
import it.perfmon.relazione.service.RelazioneValidation;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.PdfConformance;
import it.perfmon.testing.Problems;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Relazione sulla performance of the 2021 plan, once its final period is closed with evidence on 1.5's result
 * and explained deviations on 1.6 and 2.2. The final period is reopened and the results and evidence the test
 * added are removed afterwards, so that the other tests find the 2021 final period as the seed leaves it.
 */
@QuarkusTest
class RelazioneResourceTest {

    private static final String PATH = "/api/v1/periods/{id}/relazione";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String ASSESSMENT = "/api/v1/indicators/{indicator}/assessments/{period}";
    private static final String EXPLANATION_16 = "Istruttorie sospese a novembre per il cambio della piattaforma regionale";
    private static final String ACTIONS_16 = "Recupero delle istruttorie arretrate entro febbraio 2022 con due istruttori in più";
    private static final String EXPLANATION_22 = "Il protocollo con i Comuni è stato firmato solo a dicembre";
    private static final String ACTIONS_22 = "Avvio delle attività previste nel primo trimestre 2022";
    private static final String EVIDENCE_NAME = "estrazione-colloqui-2021.csv";
    private static final byte[] EVIDENCE = "settore;colloqui\nFirenze;1204\nPrato;388\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    RelazioneService relazioni;

    private static boolean started;
    private static boolean closed;
    private static long finalPeriod;
    private static long evidenceId;
    private static List<Long> assessed;
    private static byte[] docx;

    // Not @BeforeAll, which may run before the application has started: one closing for the class.
    @BeforeEach
    void closeTheFinalPeriodOnce() {
        if (started) {
            return;
        }
        started = true;
        finalPeriod = Arti2021.finalPeriodId();
        assessed = List.of(Arti2021.indicatorId("1.6", 1), Arti2021.indicatorId("2.2", 1));
        explain(assessed.get(0), EXPLANATION_16, ACTIONS_16);
        explain(assessed.get(1), EXPLANATION_22, ACTIONS_22);
        evidenceId = given().header("Authorization", "Bearer " + DefaultCredentials.ADMIN_TOKEN)
                .multiPart(new MultiPartSpecBuilder(EVIDENCE).controlName("file").fileName(EVIDENCE_NAME)
                        .mimeType("text/csv").build())
                .post("/api/v1/indicators/{i}/results/{p}/evidence", Arti2021.indicatorId("1.5", 1), finalPeriod)
                .then().statusCode(201).body("sha256", equalTo(sha256(EVIDENCE))).extract().jsonPath().getLong("id");
        json().post("/api/v1/periods/{id}/close", finalPeriod).then().statusCode(200);
        closed = true;
        docx = given().queryParam("format", "docx").get(PATH, finalPeriod).then().statusCode(200).extract().asByteArray();
    }

    private static void explain(long indicator, String explanation, String actions) {
        json().body(Map.of("step", 5, "deviationExplanation", explanation, "correctiveActions", actions))
                .put(ASSESSMENT, indicator, finalPeriod).then().log().ifValidationFails().statusCode(201);
    }

    @AfterAll
    static void leaveTheFinalPeriodAsTheSeedDoes() {
        // The application still runs, but RestAssured was pointed back to its default port after the last test.
        int port = RestAssured.port;
        RestAssured.port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try {
            restore();
        } finally {
            RestAssured.port = port;
        }
    }

    private static void restore() {
        if (closed) {
            json().body(Map.of("reason", "Fine della prova della Relazione sulla performance"))
                    .post("/api/v1/periods/{id}/reopen", finalPeriod).then().statusCode(200);
        }
        if (evidenceId != 0) {
            json().delete("/api/v1/evidence/{id}", evidenceId).then().statusCode(204);
        }
        for (long indicator : assessed == null ? List.<Long>of() : assessed) {
            json().delete("/api/v1/indicators/{i}/results/{p}", indicator, finalPeriod);
        }
    }

    @Test
    void shouldServeItAsAnAttachmentNamedAfterOrganisationAndYear() {
        given().queryParam("format", "docx").get(PATH, finalPeriod).then().statusCode(200)
                .contentType(DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"relazione-performance-ARTI-2021.docx\"; "
                        + "filename*=UTF-8''relazione-performance-ARTI-2021.docx"));
    }

    @Test
    void shouldPublishItAsAnArchivableAccessiblePdfNamingTheEvidenceWithItsHash() throws IOException {
        byte[] pdf = given().get(PATH, finalPeriod).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"relazione-performance-ARTI-2021.pdf\"; "
                        + "filename*=UTF-8''relazione-performance-ARTI-2021.pdf"))
                .extract().asByteArray();
        PdfConformance.assertConformant(pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        // A narrow column wraps the long hash and names: compared without the line breaks.
        String unwrapped = text.replaceAll("\\s+", "");
        assertTrue(unwrapped.contains(sha256(EVIDENCE)), "the PDF names the evidence's SHA-256");
        assertTrue(unwrapped.contains(EVIDENCE_NAME), "the PDF names the evidence");
        assertTrue(text.contains("Relazione sulla performance 2021"), "its title");
        assertTrue(text.contains("Validazione dell'OIV non ancora registrata."), "the OIV's validation is pending");
    }

    @Test
    void shouldChooseTheFormatFromAcceptWithoutTheParameter() {
        given().accept(DOCX).get(PATH, finalPeriod).then().statusCode(200).contentType(DOCX);
    }

    @Test
    void shouldAnswerNotModifiedWhileTheContentIsTheSame() {
        String etag = given().queryParam("format", "docx").get(PATH, finalPeriod).then().statusCode(200)
                .extract().header("ETag");
        assertTrue(etag.startsWith("W/\""), etag);
        given().queryParam("format", "docx").header("If-None-Match", etag).get(PATH, finalPeriod).then().statusCode(304);
    }

    @Test
    void shouldWriteHeadingsInWordsHeadingStylesInOrder() throws IOException {
        try (XWPFDocument document = read(docx)) {
            Map<String, String> headings = headings(document);
            assertEquals("Heading1", headings.get("Relazione sulla performance 2021"));
            assertEquals("Heading2", headings.get("Sintesi dei risultati"));
            assertEquals("Heading2", headings.get("Ambito strategico 1 – Politiche per il diritto e la dignità del lavoro"));
            assertEquals("Heading2", headings.get("Validazione dell'OIV"));
            String objective15 = headings.keySet().stream().filter(h -> h.startsWith("Obiettivo 1.5 – ")).findFirst()
                    .orElseThrow();
            assertEquals("Heading3", headings.get(objective15));
            assertEquals("heading 3", document.getStyles().getStyle("Heading3").getName());
            int previous = 0;
            for (String style : headings.values()) {
                int level = Integer.parseInt(style.substring("Heading".length()));
                assertTrue(level <= previous + 1, "no heading level is skipped: " + headings);
                previous = level;
            }
        }
    }

    @Test
    void shouldBeInItalianWithTitleAndAuthor() throws IOException {
        try (XWPFDocument document = read(docx)) {
            var core = document.getProperties().getCoreProperties();
            assertTrue(core.getTitle().startsWith("Relazione sulla performance 2021 – "), core.getTitle());
            assertEquals(organisationName(), core.getCreator());
            assertEquals("it-IT", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        }
        assertTrue(entry(docx, "word/styles.xml").contains("<w:lang w:val=\"it-IT\""), "the default language is it-IT");
    }

    @Test
    void shouldListTheEvidenceOf15WithItsSha256() throws IOException {
        try (XWPFDocument document = read(docx)) {
            XWPFTable table = table(document, "Elementi probativi dell'obiettivo 1.5");
            assertTrue(table.getRow(0).isRepeatHeader(), "the heading row repeats on every page");
            assertEquals(List.of("File", "Riferito a", "Tipo", "Dimensione", "Impronta SHA-256"), texts(table.getRow(0)));
            assertEquals(List.of(EVIDENCE_NAME, "indicatore 1", "CSV", EVIDENCE.length + " byte", sha256(EVIDENCE)),
                    texts(table.getRow(1)));
        }
    }

    @Test
    void shouldShowTheIndicatorsOf15WithTheFiguresOfTheAllegatoA() throws IOException {
        String allegato = new String(given().queryParam("periodId", finalPeriod).queryParam("format", "csv")
                .get("/api/v1/plans/{id}/allegato-a", Arti2021.planId()).then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        try (XWPFDocument document = read(docx)) {
            XWPFTable table = table(document, "Indicatori dell'obiettivo 1.6");
            assertEquals(List.of("Indicatore", "Valore target", "Valore conseguito", "Raggiungimento",
                    "Valutazione sintetica"), texts(table.getRow(0)));
            List<String> row = texts(table.getRow(1));
            assertEquals("5. in ritardo", row.get(4));
            assertTrue(allegato.contains(";" + row.get(1) + ";") && allegato.contains(";" + row.get(2) + ";"),
                    "target " + row.get(1) + " and value " + row.get(2) + " as in the Allegato A");
            assertTrue(row.get(2).matches("\\d+,\\d\\d%"), row.get(2));
        }
    }

    @Test
    void shouldExplainTheDeviationsOf16And22WithTheirCorrectiveActions() throws IOException {
        try (XWPFDocument document = read(docx)) {
            String text = text(document);
            for (String expected : List.of(EXPLANATION_16, ACTIONS_16, EXPLANATION_22, ACTIONS_22)) {
                assertTrue(text.contains(expected), expected);
            }
            assertTrue(text.contains("Motivazione dello scostamento: " + EXPLANATION_16), "explanation labelled");
            assertTrue(text.contains("indicatori con scostamento (in ritardo o al di sotto del valore atteso): "),
                    "the summary counts the deviations");
        }
    }

    @Test
    void shouldSayTheOivHasNotValidatedItYet() throws IOException {
        try (XWPFDocument document = read(docx)) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int heading = paragraphs.indexOf("Validazione dell'OIV");
            assertEquals("Validazione dell'OIV non ancora registrata.", paragraphs.get(heading + 1));
        }
    }

    @Test
    void shouldSummariseTheAssessmentsOfAllIndicators() throws IOException {
        try (XWPFDocument document = read(docx)) {
            XWPFTable table = table(document, "Indicatori per valutazione sintetica");
            List<String> total = texts(table.getRow(table.getNumberOfRows() - 1));
            assertEquals(List.of("Totale", "18"), total);
            assertTrue(texts(table.getRow(5)).equals(List.of("5. in ritardo", "2")), texts(table.getRow(5)).toString());
        }
    }

    @Test
    void shouldPrintTheOivsValidationWhenTheCallerSuppliesIt() {
        RelazioneValidation validation = new RelazioneValidation("validata con riserva",
                "Gli scostamenti di 1.6 e 2.2 sono motivati; si raccomanda di documentare le fasi di 2.2.",
                "oiv.rossi", Instant.parse("2022-04-28T10:00:00Z"));
        List<String> texts = relazioni.relazione(finalPeriod, Optional.of(validation)).document().blocks().stream()
                .map(RelazioneResourceTest::textOf).toList();
        List<String> section = texts.subList(texts.indexOf("Validazione dell'OIV") + 1, texts.size());
        assertEquals(List.of("Esito: validata con riserva.", "Motivazione: " + validation.reasoning(),
                "Validazione registrata da oiv.rossi il 28/04/2022."), section);
    }

    private static String textOf(PublishedDocument.Block block) {
        if (block instanceof PublishedDocument.Heading heading) {
            return heading.text();
        }
        return block instanceof PublishedDocument.Paragraph paragraph ? paragraph.text() : "";
    }

    @Test
    void shouldRefuseAnInterimPeriodWith409() {
        given().get(PATH, Arti2021.interimPeriodId()).then().spec(Problems.problem(409, "periodId"));
    }

    @Test
    void shouldRefuseAnOpenFinalPeriodWith409() {
        long plan = Api.createPlan(Api.freshYear());
        int year = given().get("/api/v1/plans/{id}", plan).then().extract().path("year");
        long open = Api.createPeriod(plan, year + "-12-31", "FINAL");
        given().get(PATH, open).then().spec(Problems.problem(409, "periodId"));
    }

    @Test
    void shouldNotGetTheRelazioneOfAnUnknownPeriod() {
        given().get(PATH, 999_999_999).then().spec(Problems.problem(404));
    }

    @Test
    void shouldRefuseAnUnknownFormatNamingIt() {
        given().queryParam("format", "odt").get(PATH, finalPeriod).then().spec(Problems.problem(400, "format"));
    }

    private static String organisationName() {
        return given().get("/api/v1/plans/{id}/report", Arti2021.planId()).then().statusCode(200).extract()
                .path("plan.organisationName");
    }

    static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Every heading's text and style, in document order. */
    private static Map<String, String> headings(XWPFDocument document) {
        Map<String, String> headings = new LinkedHashMap<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            if (paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
                headings.put(paragraph.getText(), paragraph.getStyle());
            }
        }
        return headings;
    }

    /** The table whose caption (the paragraph before it, and its tblCaption) is given. */
    private static XWPFTable table(XWPFDocument document, String caption) {
        return document.getTables().stream()
                .filter(t -> t.getCTTbl().getTblPr().isSetTblCaption()
                        && t.getCTTbl().getTblPr().getTblCaption().getVal().equals(caption))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + caption));
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static String text(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new UncheckedIOException(new IOException("no " + name));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
