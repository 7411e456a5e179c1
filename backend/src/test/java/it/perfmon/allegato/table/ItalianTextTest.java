package it.perfmon.allegato.table;

import it.perfmon.common.FormulaText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItalianTextTest {

    @Test
    void shouldRoundPercentagesHalfUpToTwoDecimalsOnlyForDisplay() {
        assertEquals("188,94%", ItalianText.percent(new BigDecimal("188.935")));
        assertEquals("85,39%", ItalianText.percent(new BigDecimal("85.38840262582057")));
        assertEquals("0,01%", ItalianText.percent(new BigDecimal("0.005")));
        assertEquals("100,00%", ItalianText.percent(new BigDecimal("100")));
        assertEquals("1234,50%", ItalianText.percent(new BigDecimal("1234.5")));
    }

    @Test
    void shouldWriteDatesWithFourDigitYears() {
        assertEquals("31/03/2021", ItalianText.of(Cell.date(LocalDate.of(2021, 3, 31))));
    }

    @Test
    void shouldShowMergedAndBlankCellsEmpty() {
        assertEquals("", ItalianText.of(Cell.MERGED));
        assertEquals("", ItalianText.of(Cell.BLANK));
        assertEquals("3", ItalianText.of(Cell.whole(3)));
    }

    @Test
    void shouldTakeFormulaTriggersButNotTheDashForFormulas() {
        for (String risky : new String[] {"=1", "+1", "-1", "@A1", "\tx", "\rx"}) {
            assertTrue(FormulaText.looksLikeFormula(risky), risky);
        }
        for (String safe : new String[] {"-", "", "1.1", "95,20% dato 2020", ">= dato finale anno precedente"}) {
            assertFalse(FormulaText.looksLikeFormula(safe), safe);
        }
    }
}
