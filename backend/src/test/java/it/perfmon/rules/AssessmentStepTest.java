package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentStepTest {

    @Test
    void shouldNumberTheStepsOneToFiveInTheOrderOfTheScale() {
        assertEquals(List.of(1, 2, 3, 4, 5), Arrays.stream(AssessmentStep.values()).map(AssessmentStep::code).toList());
    }

    @Test
    void shouldLabelTheStepsAsTheAllegatoA() {
        assertEquals(List.of("in anticipo", "da iniziare – secondo le aspettative", "secondo le aspettative",
                "da iniziare – in ritardo", "in ritardo"),
                Arrays.stream(AssessmentStep.values()).map(AssessmentStep::label).toList());
    }

    @ParameterizedTest
    @EnumSource(AssessmentStep.class)
    void shouldFindEachStepByItsCode(AssessmentStep step) {
        assertSame(step, AssessmentStep.fromCode(step.code()));
    }

    @Test
    void shouldReadCode5AsLateLikeObjective2_2InThe2021Table() {
        assertSame(AssessmentStep.LATE, AssessmentStep.fromCode(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void shouldRejectCodesOutsideTheScale(int code) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AssessmentStep.fromCode(code));
        assertEquals("Valutazione sconosciuta: " + code + " (ammesse 1-5)", error.getMessage());
    }
}
