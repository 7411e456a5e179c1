package it.perfmon.allegato.imports.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.document.AllegatoDocument.Indicator;
import it.perfmon.allegato.imports.document.AllegatoDocument.Objective;
import it.perfmon.allegato.imports.document.AllegatoDocument.Phase;
import it.perfmon.allegato.imports.document.AllegatoDocument.Timeline;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.plan.PeriodKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2021 reference file read as tab-separated text: every row realigned where merged cells shifted it. */
class TextLayoutParserTest {

    private static final String REFERENCE = AllegatoWorkbooks.referenceText();
    private final TextLayoutParser parser = new TextLayoutParser(5000);

    private AllegatoDocument reference() {
        return parser.parse(REFERENCE.getBytes(StandardCharsets.UTF_8));
    }

    private Objective objective(String code) {
        return reference().areas().stream().flatMap(a -> a.objectives().stream())
                .filter(o -> o.code().text().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void shouldReadOrganisationAndPeriodFromTheTitle() {
        AllegatoDocument document = reference();
        assertEquals("AGENZIA REGIONALE TOSCANA PER L'IMPIEGO", document.organisationName());
        assertEquals("ARTI", document.organisationCode());
        assertEquals(2021, document.year());
        assertEquals(PeriodKind.INTERIM, document.periodKind());
        assertEquals(LocalDate.of(2021, 6, 30), document.periodDate());
        assertEquals("riga 5, campo 1", document.title().position().reference());
    }

    @Test
    void shouldFindEveryAreaObjectiveAndIndicatorOf2021() {
        AllegatoDocument document = reference();
        assertEquals(List.of("1", "2", "3", "4"), document.areas().stream().map(a -> a.number().text()).toList());
        assertEquals("Gestione efficiente ed efficace delle risorse", document.areas().get(3).title().text());
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1",
                "4.2", "4.4"), document.areas().stream().flatMap(a -> a.objectives().stream()).map(o -> o.code().text())
                .toList());
        assertEquals(List.of(1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2), document.areas().stream()
                .flatMap(a -> a.objectives().stream()).map(o -> o.indicators().size()).toList());
        assertEquals("100,00%", document.declaredTotalWeight().text());
    }

    @Test
    void shouldReadAFullRowInItsSixteenColumns() {
        Objective objective = objective("2.1");
        Indicator indicator = objective.indicators().get(0);
        assertEquals("5,00%", objective.weight().text());
        assertEquals("-", objective.notes().text());
        assertEquals("Direzione", objective.responsible().text());
        assertEquals("Progetto DEFR n. 11", objective.programmingLink().text());
        assertEquals("95,20% dato 2020", indicator.baseline().text());
        assertEquals("100,00%", indicator.target().text());
        assertEquals("100,00%", indicator.nextYearsTarget().text());
        assertEquals("94,43%", indicator.achieved().text());
        assertEquals("3. secondo le aspettative", indicator.assessment().text());
        assertEquals("riga 17, campo 16", indicator.assessment().position().reference());
    }

    @Test
    void shouldReadAnObjectiveRowWithoutAreaCells() {
        Objective objective = objective("1.6");
        assertEquals("riga 15, campo 1", objective.code().position().reference());
        assertEquals("4,00%", objective.weight().text());
        assertEquals("90,57%", objective.indicators().get(0).achieved().text());
        assertEquals("5. in ritardo", objective.indicators().get(0).assessment().text());
    }

    @Test
    void shouldShiftCellsBackWhenTheWeightIsMissing() {
        Objective objective = objective("1.4");
        assertTrue(objective.weight().isBlank());
        assertEquals("Realizzazione delle attività previste secondo il cronoprogramma",
                objective.indicators().get(0).description().text());
        assertEquals("Direzione", objective.responsible().text());
        assertTrue(objective.notes().text().startsWith("Le disposizioni da attuare riguardano il reddito"));
        assertEquals("-", objective.indicators().get(0).achieved().text());
    }

    @Test
    void shouldReadASecondIndicatorRowWithItsPlanningNote() {
        Indicator second = objective("1.5").indicators().get(1);
        assertEquals("Nel 2021 si prevede di erogare 20.000 colloqui", second.planningNote().text());
        assertEquals("188,94%", second.achieved().text());
        assertEquals("1. in anticipo", second.assessment().text());
        assertTrue(objective("1.5").indicators().get(0).planningNote().isBlank());
    }

    @Test
    void shouldReadASecondIndicatorRowThatLostItsMergedCells() {
        Indicator second = objective("4.4").indicators().get(1);
        assertEquals("Attuazione misure sull'anticorruzione previste per l'anno 2021", second.description().text());
        assertEquals("100,00% dato 2020", second.baseline().text());
        assertTrue(second.planningNote().isBlank());
        assertTrue(second.achieved().isBlank());
        assertTrue(second.monitoringNote().text().startsWith("Con decreto 124 del 25/03/2021"));
        assertEquals("RPCT", second.dataSource().text());
        assertEquals("3. secondo le aspettative", second.assessment().text());
    }

    @Test
    void shouldReadEveryTimelineWithItsPhases() {
        List<Timeline> timelines = reference().timelines();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), timelines.stream().map(Timeline::number).toList());
        assertEquals(List.of(3, 4, 3, 4, 3, 2, 2, 4), timelines.stream().map(t -> t.phases().size()).toList());
        assertTrue(timelines.stream().allMatch(t -> t.deadline().equals(LocalDate.of(2021, 12, 31))));
        assertTrue(timelines.stream().allMatch(t -> t.declaredTotalWeight().text().equals("100,00%")));
        // Section 4 is bold and uses an en dash: markup dropped, dash accepted.
        assertEquals("Dare piena attuazione alle disposizioni del DL 4/2019, convertito in legge n. 26 del 28 marzo 2019",
                timelines.get(3).title());
        assertEquals("ARTI crono 4", timelines.get(3).sheet());
    }

    @Test
    void shouldReadAPhaseInItsTenColumns() {
        Phase phase = reference().timelines().get(1).phases().get(0);
        assertEquals("1", phase.number().text());
        assertEquals("Programmazione evento e definizione modalità organizzative", phase.description().text());
        assertEquals("Definizione cronoprogramma", phase.output().text());
        assertEquals("01/03/2021", phase.plannedStart().text());
        assertEquals("30/04/2021", phase.plannedEnd().text());
        assertEquals("15,00%", phase.weight().text());
        assertEquals("31/03/21", phase.actualEnd().text());
        assertEquals("Direzione - settore regionale Lavoro", phase.dataSource().text());
        assertEquals("riga 43, campo 8", phase.actualEnd().position().reference());
        Phase blankTail = reference().timelines().get(7).phases().get(3);
        assertTrue(blankTail.actualEnd().isBlank() && blankTail.monitoringNote().isBlank()
                && blankTail.dataSource().isBlank());
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8NamingTheLine() {
        byte[] latin1 = REFERENCE.getBytes(StandardCharsets.ISO_8859_1);
        ProblemException problem = assertThrows(ProblemException.class, () -> parser.parse(latin1));
        assertEquals(422, problem.status());
        // The first accented letter of the file is in "dignità", on line 8.
        assertEquals("riga 8", problem.errors().get(0).field());
    }

    @Test
    void shouldRefuseAFileWithoutTheTitle() {
        String text = REFERENCE.replace("AGENZIA REGIONALE TOSCANA PER L'IMPIEGO (ARTI) - MONITORAGGIO INTERMEDIO AL "
                + "30/06/2021", "Tabella degli obiettivi");
        ProblemException problem = assertThrows(ProblemException.class,
                () -> parser.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new FieldError("riga 5, campo 1", "attesa l'intestazione \"" + TitleLine.EXPECTED
                + "\", trovato \"Tabella degli obiettivi\""), problem.errors().get(0));
    }

    @Test
    void shouldRefuseHeadingsWithoutAColumnNamingIt() {
        String text = REFERENCE.replace("\tValore iniziale\t", "\tValore di partenza\t");
        ProblemException problem = assertThrows(ProblemException.class,
                () -> parser.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new FieldError("riga 7, campo 1", "manca la colonna \"Valore iniziale\"")), problem.errors());
    }

    @Test
    void shouldRefuseARowOutsideEveryObjective() {
        String text = REFERENCE.replace("1\tPolitiche per il diritto e la dignità del lavoro\t1.1\t", "\t\t\t");
        ProblemException problem = assertThrows(ProblemException.class,
                () -> parser.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("riga 8, campo 4", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().startsWith("riga senza obiettivo"));
    }

    @Test
    void shouldRefuseMoreLinesThanTheLimit() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> new TextLayoutParser(50).parse(REFERENCE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, problem.status());
        assertTrue(problem.getMessage().contains("oltre il massimo di 50"), problem.getMessage());
    }
}
