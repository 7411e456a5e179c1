package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    @Test
    void shouldTakeWholeFiguresWhateverTheirTrailingZeros() {
        for (String value : new String[] {"0", "0.000", "25", "25.0", "25.0000", "37787", "1E+3"}) {
            assertTrue(WholeNumbers.isWhole(new BigDecimal(value)), value);
        }
    }

    @Test
    void shouldRefuseHalfAnInterview() {
        for (String value : new String[] {"25.5", "0.0001", "37786.9999"}) {
            assertFalse(WholeNumbers.isWhole(new BigDecimal(value)), value);
        }
    }
}
