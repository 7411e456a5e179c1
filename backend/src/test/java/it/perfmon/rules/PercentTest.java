package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void shouldDisplayRemoteInterviewsRatioAs188Comma94() {
        assertEquals("188,94%", Percent.display(new BigDecimal("188.935")));
    }

    @Test
    void shouldDisplayActivePoliciesRatioAs56Comma00() {
        assertEquals("56,00%", Percent.display(new BigDecimal("56.00444444444444")));
    }

    @Test
    void shouldDisplayApplicationsInstructedRatioAs90Comma57() {
        assertEquals("90,57%", Percent.display(new BigDecimal("90.56603773584906")));
    }

    @Test
    void shouldDisplayCompaniesRatioAs85Comma39WhereTheSourcePrints85Comma38() {
        assertEquals("85,39%", Percent.display(new BigDecimal("85.38840262582057")));
    }

    @Test
    void shouldRoundHalfUpRatherThanToEven() {
        // Half-even would give 56,12%: the Region's spreadsheets round half up.
        assertEquals("56,13%", Percent.display(new BigDecimal("56.125")));
    }

    @Test
    void shouldRoundDownJustBelowHalf() {
        assertEquals("56,12%", Percent.display(new BigDecimal("56.12499")));
    }

    @Test
    void shouldGroupThousandsWithDots() {
        assertEquals("1.234,50%", Percent.display(new BigDecimal("1234.5")));
    }

    @Test
    void shouldPadWholeValuesToTwoDecimalsEvenInExponentForm() {
        assertEquals("100,00%", Percent.display(new BigDecimal("1E+2")));
    }

    @Test
    void shouldDisplayZeroWithTwoDecimals() {
        assertEquals("0,00%", Percent.display(BigDecimal.ZERO));
    }

    @Test
    void shouldDisplayMissingValueAsDashLikeTheAllegatoA() {
        assertEquals("-", Percent.display(null));
    }

    @Test
    void shouldIgnoreTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("1.234,50%", Percent.display(new BigDecimal("1234.5")));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
