package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountLanesTest {

    private static final long INTERVIEWS = 12;

    private static CountSpan span(String component, int fromMonth, int toMonth, String unit) {
        LocalDate to = LocalDate.of(2021, toMonth, 1);
        return new CountSpan(component, LocalDate.of(2021, fromMonth, 1), to.withDayOfMonth(to.lengthOfMonth()), unit);
    }

    @Test
    void shouldNotCountTheSameKeyTwiceWithItself() {
        assertFalse(span("NUMERATOR", 3, 3, "FI-PO").countsTwiceWith(span("NUMERATOR", 3, 3, "FI-PO")));
    }

    @Test
    void shouldCountOverlappingDaysTwiceInTheSameUnitOrAgainstATotal() {
        assertTrue(span("NUMERATOR", 3, 4, "FI-PO").countsTwiceWith(span("NUMERATOR", 4, 5, "FI-PO")));
        assertTrue(span("NUMERATOR", 3, 4, "FI-PO").countsTwiceWith(span("NUMERATOR", 4, 4, null)));
        assertFalse(span("NUMERATOR", 3, 4, "FI-PO").countsTwiceWith(span("NUMERATOR", 4, 4, "AR")));
        assertFalse(span("NUMERATOR", 3, 4, "FI-PO").countsTwiceWith(span("DENOMINATOR", 4, 4, "FI-PO")));
        assertFalse(span("NUMERATOR", 3, 3, "FI-PO").countsTwiceWith(span("NUMERATOR", 4, 4, "FI-PO")));
    }

    @Test
    void shouldFindTheFigureASpanWouldCountTwice() {
        CountLanes lanes = new CountLanes();
        lanes.add(INTERVIEWS, span("NUMERATOR", 1, 1, "FI-PO"));
        lanes.add(INTERVIEWS, span("NUMERATOR", 2, 3, "FI-PO"));
        lanes.add(INTERVIEWS, span("NUMERATOR", 4, 4, null));
        assertEquals(span("NUMERATOR", 2, 3, "FI-PO"), lanes.clash(INTERVIEWS, span("NUMERATOR", 3, 3, "FI-PO")));
        assertEquals(span("NUMERATOR", 4, 4, null), lanes.clash(INTERVIEWS, span("NUMERATOR", 4, 4, "AR")));
        assertEquals(span("NUMERATOR", 1, 1, "FI-PO"), lanes.clash(INTERVIEWS, span("NUMERATOR", 1, 1, null)));
        assertNull(lanes.clash(INTERVIEWS, span("NUMERATOR", 5, 5, "FI-PO")));
        assertNull(lanes.clash(INTERVIEWS + 1, span("NUMERATOR", 3, 3, "FI-PO")));
    }

    @Test
    void shouldKeepTheFirstAcceptedFigureOfAKeyAndCheckLaterOnesAgainstIt() {
        CountLanes lanes = new CountLanes();
        lanes.accept(INTERVIEWS, span("DENOMINATOR", 3, 3, null));
        lanes.accept(INTERVIEWS, span("DENOMINATOR", 3, 3, null));
        assertEquals(span("DENOMINATOR", 3, 3, null), lanes.clash(INTERVIEWS, span("DENOMINATOR", 3, 4, null)));
    }

    @Test
    void shouldSayWhichDaysWouldBeCountedTwice() {
        assertEquals("il periodo 2021-03-01 – 2021-03-31 si sovrappone a 2021-02-01 – 2021-03-31 (totale): gli stessi "
                + "giorni sarebbero contati due volte",
                CountLanes.overlapMessage(span("NUMERATOR", 3, 3, "FI-PO"), span("NUMERATOR", 2, 3, null)));
        assertTrue(CountLanes.overlapMessage(span("NUMERATOR", 3, 3, "FI-PO"), span("NUMERATOR", 3, 3, "FI-PO"))
                .contains("(FI-PO)"));
    }
}
