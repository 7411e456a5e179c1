package it.perfmon.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The agency's calendar: "today", "not in the future" and the end of a day are those of Italy (Europe/Rome),
 * whatever time zone the JVM or the container runs in (UTC in most containers, where 00:30 in Florence is still
 * yesterday). Every date rule asks this one clock.
 */
@ApplicationScoped
public class AgencyClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final Clock clock;

    AgencyClock() {
        this(Clock.system(ZONE));
    }

    /** A clock fixed or offset for tests; its zone is replaced by the agency's. */
    public AgencyClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** The instant a day of the agency's calendar ends (midnight in Italy), e.g. a token's last valid day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
