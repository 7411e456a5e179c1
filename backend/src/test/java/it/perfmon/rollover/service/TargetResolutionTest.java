package it.perfmon.rollover.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetResolutionTest {

    @Test
    void shouldPreferTheValueOfTheFollowingYearsColumn() {
        TargetResolution target = TargetResolution.of(new BigDecimal("85"), null, new BigDecimal("95"), 2021);
        assertEquals(new BigDecimal("85"), target.value());
        assertEquals(TargetResolution.FROM_NEXT_YEARS_VALUE, target.origin());
        assertNull(target.warning());
    }

    @Test
    void shouldResolveThePreviousFinalValueRule() {
        TargetResolution target = TargetResolution.of(null, ">= dato finale anno precedente", new BigDecimal("85.3884"), 2021);
        assertEquals(new BigDecimal("85.3884"), target.value());
        assertEquals(">= dato finale anno precedente", target.rule());
        assertEquals(TargetResolution.FROM_RULE, target.origin());
    }

    @Test
    void shouldRecogniseTheRuleWrittenLoosely() {
        assertTrue(TargetResolution.refersToPreviousFinalValue("≥  Dato finale  anno precedente"));
    }

    @Test
    void shouldKeepTheRuleAndWarnWhenTheFinalValueIsMissing() {
        TargetResolution target = TargetResolution.of(null, ">= dato finale anno precedente", null, 2021);
        assertNull(target.value());
        assertEquals(">= dato finale anno precedente", target.rule());
        assertTrue(target.warning().contains("2021"));
    }

    @Test
    void shouldWarnOnRulesItDoesNotKnow() {
        TargetResolution target = TargetResolution.of(null, "in linea con la media nazionale", new BigDecimal("50"), 2021);
        assertNull(target.value());
        assertTrue(target.warning().contains("non riconosciuta"));
    }

    @Test
    void shouldWarnWhenNoTargetIsGiven() {
        TargetResolution target = TargetResolution.of(null, " ", new BigDecimal("50"), 2021);
        assertEquals(TargetResolution.NONE, target.origin());
        assertTrue(target.warning().contains("nessun target"));
    }
}
