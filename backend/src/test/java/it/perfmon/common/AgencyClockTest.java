package it.perfmon.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AgencyClockTest {

    @Test
    void shouldCountDaysAsItalyDoesWhateverTheZoneOfTheClock() {
        Instant halfPastMidnightInFlorence = Instant.parse("2021-06-30T22:30:00Z");
        for (String zone : new String[] {"UTC", "America/New_York", "Asia/Tokyo"}) {
            AgencyClock clock = new AgencyClock(Clock.fixed(halfPastMidnightInFlorence, ZoneId.of(zone)));
            assertEquals(LocalDate.of(2021, 7, 1), clock.today(), zone);
        }
    }

    @Test
    void shouldEndADayAtMidnightInItalyInSummerAndWinter() {
        assertEquals(Instant.parse("2021-06-30T22:00:00Z"), AgencyClock.endOf(LocalDate.of(2021, 6, 30)));
        assertEquals(Instant.parse("2021-12-31T23:00:00Z"), AgencyClock.endOf(LocalDate.of(2021, 12, 31)));
    }
}
