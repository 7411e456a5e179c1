package it.perfmon.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A ratio divides by its denominator, and so does each territorial unit's share of it: a zero denominator is
 * refused unless its own lane (the same unit, or the totals) keeps a positive denominator in another span, in the
 * same request or stored. A figure posted twice in one request counts with its last value, and a stored figure the
 * request overwrites counts with the request's.
 */
public final class ZeroDenominators {

    private ZeroDenominators() {
    }

    /** A denominator figure of a ratio indicator in a request, at its index there. */
    public record Denominator(int index, long indicatorId, String unit, LocalDate from, LocalDate to,
            BigDecimal value) {

        private Key key() {
            return new Key(indicatorId, unit, from, to);
        }

        private boolean sameLane(Key key) {
            return key.indicatorId() == indicatorId && Objects.equals(key.unit(), unit);
        }
    }

    /** The denominators stored: the spans of a lane's positive ones. */
    public interface Stored {
        List<CountSpan> positive(long indicatorId, String unit);
    }

    private record Key(long indicatorId, String unit, LocalDate from, LocalDate to) {
    }

    /** The zero denominators to refuse; the stored ones are asked for only when the request cannot tell. */
    public static List<Denominator> refused(List<Denominator> denominators, Stored stored) {
        Map<Key, BigDecimal> posted = new HashMap<>();
        denominators.forEach(d -> posted.put(d.key(), d.value()));
        List<Denominator> refused = new ArrayList<>();
        for (Denominator denominator : denominators) {
            if (denominator.value().signum() != 0 || posted.get(denominator.key()).signum() != 0) {
                continue;
            }
            boolean positiveInRequest = posted.entrySet().stream().anyMatch(e -> denominator.sameLane(e.getKey())
                    && !e.getKey().equals(denominator.key()) && e.getValue().signum() > 0);
            if (!positiveInRequest && !positiveStored(denominator, posted.keySet(), stored)) {
                refused.add(denominator);
            }
        }
        return refused;
    }

    public static String message(Denominator denominator) {
        return "un denominatore zero renderebbe il rapporto una divisione per zero"
                + (denominator.unit() == null ? "" : " nel settore " + denominator.unit());
    }

    /** A positive denominator stored in the lane that the request does not overwrite. */
    private static boolean positiveStored(Denominator denominator, Set<Key> posted, Stored stored) {
        return stored.positive(denominator.indicatorId(), denominator.unit()).stream().anyMatch(span -> !posted.contains(
                new Key(denominator.indicatorId(), denominator.unit(), span.from(), span.to())));
    }
}
