package it.perfmon.allegato.imports.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.perfmon.allegato.imports.AllegatoWorkbooks;
import it.perfmon.allegato.imports.mapping.PlanDraft.ObjectiveDraft;
import it.perfmon.allegato.imports.parse.TextLayoutParser;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.rules.IndicatorKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meaning given to the cells of variations of the 2021 table. */
class DocumentMapperTest {

    private static final String REFERENCE = AllegatoWorkbooks.referenceText();
    private static final String NOTES_14 = "Le disposizioni da attuare riguardano il reddito di cittadinanza, per quanto "
            + "concerne le azioni di politica attiva a favore dei beneficiari, l'attuazione delle misure di condizionalità "
            + "e l'attuazione del \"Piano straordinario di potenziamento dei centri per l'impiego e delle politiche del "
            + "lavoro\". Si veda il cronoprogramma ARTI 4";

    private static PlanDraft map(String text, LocalDate today) {
        return new DocumentMapper(today).map(new TextLayoutParser(5000).parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ObjectiveDraft objective(PlanDraft draft, String code) {
        return draft.areas().stream().flatMap(a -> a.objectives().stream()).filter(o -> o.code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void shouldListEveryUnreadableCellAtOnce() {
        String text = REFERENCE.replace("\t6,00%\t", "\tsei\t").replace("\t94,43%\t", "\tquasi tutte\t");
        ProblemException problem = assertThrows(ProblemException.class, () -> map(text, LocalDate.of(2026, 1, 1)));
        assertEquals(List.of(
                new FieldError("riga 8, campo 5", "attesa una percentuale (es. 6,00%) o \"-\", trovato \"sei\""),
                new FieldError("riga 17, campo 13", "attesa una percentuale (es. 6,00%) o \"-\", trovato \"quasi tutte\""),
                new FieldError("riga 21, campo 5", "attesa una percentuale (es. 6,00%) o \"-\", trovato \"sei\"")),
                problem.errors());
        assertEquals("Il file contiene 3 errori; il primo: riga 8, campo 5: attesa una percentuale (es. 6,00%) o \"-\", "
                + "trovato \"sei\"", problem.getMessage());
    }

    @Test
    void shouldRefuseAPhaseEndedInTheFuture() {
        ProblemException problem = assertThrows(ProblemException.class, () -> map(REFERENCE, LocalDate.of(2021, 3, 1)));
        assertEquals(List.of(new FieldError("riga 43, campo 8", "la fine effettiva non può essere nel futuro"),
                new FieldError("riga 81, campo 8", "la fine effettiva non può essere nel futuro"),
                new FieldError("riga 98, campo 8", "la fine effettiva non può essere nel futuro")), problem.errors());
    }

    @Test
    void shouldGiveATimelineToTheObjectiveOfTheSameTitleWhenNoNotePointsAtIt() {
        String text = REFERENCE.replace("Si veda il cronoprogramma ARTI 3", "Eventi sul territorio");
        assertEquals(3, objective(map(text, LocalDate.of(2026, 1, 1)), "1.3").timeline().number());
    }

    @Test
    void shouldRefuseATimelineThatBelongsToNoObjective() {
        String text = REFERENCE.replace("Si veda il cronoprogramma ARTI 6", "Linee guida");
        ProblemException problem = assertThrows(ProblemException.class, () -> map(text, LocalDate.of(2026, 1, 1)));
        assertEquals("riga 79, campo 1", problem.errors().get(0).field());
        assertEquals(422, problem.status());
    }

    @Test
    void shouldNotTakeTheObjectivesNotesRepeatedOnALaterRowForAPlanningNote() {
        String text = REFERENCE.replace("Nel 2021 si prevede di erogare n. 45.000 politiche attive", NOTES_14);
        var second = objective(map(text, LocalDate.of(2026, 1, 1)), "1.4").indicators().get(1);
        assertNull(second.planningNote());
        // Without its planning note the quantity is nowhere: the ratio is counted on both terms.
        assertEquals(IndicatorKind.RATIO, second.kind().kind());
    }

    @Test
    void shouldRefuseATableWithoutObjectives() {
        String header = String.join("\n", REFERENCE.lines().limit(7).toList());
        ProblemException problem = assertThrows(ProblemException.class, () -> map(header, LocalDate.of(2026, 1, 1)));
        assertEquals(List.of(new FieldError("riga 5, campo 1", "la tabella non ha righe di obiettivi")), problem.errors());
    }
}
