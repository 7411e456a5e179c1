package it.perfmon.allegato;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The PDF of the 2021 plan at 30/06/2021, read back with PDFBox, an implementation other than the writer's. */
@QuarkusTest
class AllegatoPdfTest {

    private static final String TITLE = "AGENZIA REGIONALE TOSCANA PER L'IMPIEGO (ARTI) - MONITORAGGIO INTERMEDIO AL 30/06/2021";
    private static final String DOCUMENT_TITLE = "Allegato A – Piano della performance 2021 – Monitoraggio intermedio al 30/06/2021";
    private static byte[] pdf;

    @BeforeEach
    void download() {
        if (pdf == null) {
            pdf = Downloads.arti2021Interim("pdf");
        }
    }

    @Test
    void shouldPrintTheTitleEveryObjectiveAndTheComputedValues() {
        String text = text(pdf);
        assertTrue(text.contains(TITLE), "title");
        // Each code is followed by the first word of its objective's title, in the cell beside it.
        List<Map<String, Object>> objectives = Arti2021.report().getList("areas.objectives.flatten()");
        assertEquals(15, objectives.size());
        for (Map<String, Object> objective : objectives) {
            String code = (String) objective.get("code");
            String firstWord = ((String) objective.get("title")).split(" ")[0];
            assertTrue(text.contains(code + " " + firstWord), "objective " + code);
        }
        for (String value : List.of("188,94%", "56,00%", "90,57%", "94,43%", "72,76%", "85,39%", "50,00%")) {
            assertTrue(text.contains(value), value);
        }
        assertTrue(text.contains("dignità") && text.contains("è stata") && text.contains("modalità"), "accents");
    }

    @Test
    void shouldPrintEveryTimelineWithItsPhases() {
        String text = text(pdf);
        for (int n = 1; n <= 8; n++) {
            assertTrue(text.contains("ARTI crono " + n), "timeline " + n);
        }
        assertTrue(text.contains("Peso complessivo delle fasi (100%)"));
        assertTrue(text.contains("02/03/2021"), "1.7's first phase ended on 02/03/2021");
    }

    @Test
    void shouldHeadEveryLandscapePageWithAgencyTitleDateAndPageNumber() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 8, "the main table and eight timelines take " + pages + " pages");
            List<String> wrong = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                PDPage page = document.getPage(i - 1);
                String text = text(document, i, i);
                if (page.getMediaBox().getWidth() <= page.getMediaBox().getHeight() || page.getRotation() != 0) {
                    wrong.add("page " + i + " is not landscape");
                }
                if (Math.round(page.getMediaBox().getWidth()) != 842 || Math.round(page.getMediaBox().getHeight()) != 595) {
                    wrong.add("page " + i + " is not A4");
                }
                for (String expected : List.of("Agenzia Regionale Toscana per l'Impiego (ARTI)", DOCUMENT_TITLE,
                        "Pagina " + i + " di " + pages)) {
                    if (!text.contains(expected)) {
                        wrong.add("page " + i + " lacks " + expected);
                    }
                }
                if (!Pattern.compile("Generato il \\d{2}/\\d{2}/\\d{4} alle \\d{2}:\\d{2}").matcher(text).find()) {
                    wrong.add("page " + i + " lacks the date of generation");
                }
            }
            assertEquals(List.of(), wrong);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldRepeatTheTableHeadingsOnEveryPage() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int mainPages = 0;
            boolean timelines = false;
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                String text = text(document, i, i);
                timelines = timelines || text.contains("ARTI crono 1");
                if (timelines) {
                    assertTrue(text.contains("ARTI crono ") && text.contains("Descrizione fase"), "headings on page " + i);
                } else {
                    mainPages++;
                    assertTrue(text.contains("AMBITO") && text.contains("Note di monitoraggio"), "headings on page " + i);
                }
            }
            assertTrue(mainPages > 1, "the main table spans pages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldEmbedEveryFont() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            assertEquals(List.of(), notEmbedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldRenderItalianAccentsApostrophesAndDashes() {
        Api.PlanFixture plan = Api.planWithObjective(Api.freshYear());
        String title = "Qualità dell’attività – verifica è già più perché così";
        Map<String, Object> body = Api.objectiveBody(plan.areaId(), "1.2");
        body.put("title", title);
        Api.postObjective(plan.planId(), body).statusCode(201);
        String text = text(Downloads.allegato(plan.planId(), plan.periodId(), "pdf"));
        // The title wraps in its narrow column, so its words are looked for one by one; the en dash is in every
        // page's header (DOCUMENT_TITLE).
        for (String word : List.of("Qualità", "dell’attività", "è", "già", "più", "perché", "così")) {
            assertTrue(text.contains(word), word + " in " + text);
        }
    }

    private static String text(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return text(document, 1, document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(PDDocument document, int first, int last) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
