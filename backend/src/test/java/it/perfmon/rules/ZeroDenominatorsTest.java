package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.perfmon.rules.ZeroDenominators.Denominator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZeroDenominatorsTest {

    private static final long APPLICATIONS = 7;
    private static final ZeroDenominators.Stored NOTHING_STORED = (indicator, unit) -> List.of();

    private static Denominator march(int index, String unit, String value) {
        return new Denominator(index, APPLICATIONS, unit, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31),
                new BigDecimal(value));
    }

    private static Denominator april(int index, String unit, String value) {
        return new Denominator(index, APPLICATIONS, unit, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30),
                new BigDecimal(value));
    }

    private static CountSpan stored(Denominator denominator) {
        return new CountSpan("DENOMINATOR", denominator.from(), denominator.to(), denominator.unit());
    }

    @Test
    void shouldRefuseALoneZeroDenominator() {
        Denominator zero = march(0, null, "0");
        assertEquals(List.of(zero), ZeroDenominators.refused(List.of(zero), NOTHING_STORED));
        assertEquals("un denominatore zero renderebbe il rapporto una divisione per zero",
                ZeroDenominators.message(zero));
        assertEquals("un denominatore zero renderebbe il rapporto una divisione per zero nel settore FI-PO",
                ZeroDenominators.message(march(0, "FI-PO", "0")));
    }

    @Test
    void shouldAcceptAZeroBesideAPositiveDenominatorOfTheSameLaneInTheRequest() {
        assertEquals(List.of(), ZeroDenominators.refused(List.of(march(0, "FI-PO", "0"), april(1, "FI-PO", "106")),
                NOTHING_STORED));
        Denominator otherUnitOnly = march(0, "FI-PO", "0");
        assertEquals(List.of(otherUnitOnly), ZeroDenominators.refused(List.of(otherUnitOnly, april(1, "AR", "106")),
                NOTHING_STORED));
    }

    @Test
    void shouldAcceptAZeroBesideAPositiveDenominatorStored() {
        Denominator zero = march(0, null, "0");
        assertEquals(List.of(), ZeroDenominators.refused(List.of(zero),
                (indicator, unit) -> List.of(stored(april(0, null, "45000")))));
    }

    @Test
    void shouldNotCountAStoredDenominatorTheRequestOverwritesWithZero() {
        Denominator zero = march(0, null, "0");
        List<String> asked = new ArrayList<>();
        assertEquals(List.of(zero), ZeroDenominators.refused(List.of(zero), (indicator, unit) -> {
            asked.add(indicator + "/" + unit);
            return List.of(stored(march(0, null, "45000")));
        }));
        assertEquals(List.of(APPLICATIONS + "/null"), asked);
    }

    @Test
    void shouldTakeTheLastValueOfAFigurePostedTwice() {
        assertEquals(List.of(), ZeroDenominators.refused(List.of(march(0, null, "0"), march(1, null, "323")),
                NOTHING_STORED));
        Denominator secondZero = march(1, null, "0");
        assertEquals(List.of(secondZero), ZeroDenominators.refused(List.of(march(0, null, "45000"), secondZero), NOTHING_STORED));
    }
}
