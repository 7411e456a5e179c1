package it.perfmon.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spans of an indicator's figures by lane (component and unit, null for totals), in which figures never
 * overlap: finding the one a new span would count the same days twice with costs a look-up, however many figures
 * the lanes hold.
 */
public final class CountLanes {

    private record Lane(long indicatorId, String component, String unit) {
    }

    private final Map<Lane, TreeMap<LocalDate, CountSpan>> lanes = new HashMap<>();

    /** A figure already counted. */
    public void add(long indicatorId, CountSpan span) {
        lane(indicatorId, span.component(), span.unit()).put(span.from(), span);
    }

    /** A figure accepted beside those counted; the first accepted of a key stays. */
    public void accept(long indicatorId, CountSpan span) {
        lane(indicatorId, span.component(), span.unit()).putIfAbsent(span.from(), span);
    }

    /**
     * The figure the span would count twice with, or null: one of the same unit, or a total when the span is a
     * unit's (and any unit's when the span is a total). Within a lane figures never overlap, so only the last one
     * starting on or before the span's end can.
     */
    public CountSpan clash(long indicatorId, CountSpan span) {
        List<TreeMap<LocalDate, CountSpan>> candidates = new ArrayList<>();
        if (span.unit() == null) {
            lanes.forEach((lane, spans) -> {
                if (lane.indicatorId() == indicatorId && lane.component().equals(span.component())) {
                    candidates.add(spans);
                }
            });
        } else {
            candidates.add(lane(indicatorId, span.component(), span.unit()));
            candidates.add(lane(indicatorId, span.component(), null));
        }
        for (TreeMap<LocalDate, CountSpan> spans : candidates) {
            var before = spans.floorEntry(span.to());
            while (before != null && !before.getValue().to().isBefore(span.from())) {
                if (span.countsTwiceWith(before.getValue())) {
                    return before.getValue();
                }
                before = spans.lowerEntry(before.getKey());
            }
        }
        return null;
    }

    /** Why a span is refused for counting the days of another twice. */
    public static String overlapMessage(CountSpan span, CountSpan clash) {
        return "il periodo " + span.from() + " – " + span.to() + " si sovrappone a " + clash.from() + " – " + clash.to()
                + (clash.unit() == null ? " (totale)" : " (" + clash.unit() + ")")
                + ": gli stessi giorni sarebbero contati due volte";
    }

    private TreeMap<LocalDate, CountSpan> lane(long indicatorId, String component, String unit) {
        return lanes.computeIfAbsent(new Lane(indicatorId, component, unit), lane -> new TreeMap<>());
    }
}
