package it.perfmon.count.service;

import it.perfmon.common.FieldError;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.count.rest.CountBatchRequest;
import it.perfmon.indicator.Indicator;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.rules.IndicatorKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The indicators of a request with the figures already counted in the days the request covers, indexed so that
 * checking and applying a batch of a thousand rows costs a look-up per row, however many figures the indicators
 * have accumulated over the year.
 */
final class Figures {

    /** The natural key of a figure: re-posting it is an update, never a second figure. */
    record Key(long indicatorId, CountComponent component, LocalDate from, LocalDate to, String unit) {
    }

    /** The figures of one component of one indicator in one unit (null: totals), which must not overlap. */
    private record Lane(long indicatorId, CountComponent component, String unit) {
    }

    final Map<Long, Indicator> indicators;
    private final Map<Key, IndicatorCount> byKey = new HashMap<>();
    private final Map<Lane, TreeMap<LocalDate, Span>> lanes = new HashMap<>();
    private final Map<String, TerritorialUnit> units = new HashMap<>();

    private Figures(Map<Long, Indicator> indicators) {
        this.indicators = indicators;
    }

    /** Reads, in one statement, the figures of these indicators whose days meet those of the rows. */
    static Figures of(Map<Long, Indicator> indicators, List<CountBatchRequest.Row> rows) {
        Figures figures = new Figures(indicators);
        LocalDate from = rows.stream().map(CountBatchRequest.Row::from).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate to = rows.stream().map(CountBatchRequest.Row::to).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        if (!indicators.isEmpty() && from != null && to != null) {
            IndicatorCount.<IndicatorCount>list("""
                    select c from IndicatorCount c left join fetch c.territorialUnit
                    where c.indicator.id in ?1 and c.spanEnd >= ?2 and c.spanStart <= ?3""",
                    indicators.keySet(), from.isBefore(to) ? from : to, to.isAfter(from) ? to : from)
                    .forEach(figures::remember);
        }
        return figures;
    }

    IndicatorCount existing(Indicator indicator, CountBatchRequest.Row row) {
        return byKey.get(new Key(indicator.id, row.component(), row.from(), row.to(), row.territorialUnit()));
    }

    void remember(IndicatorCount count) {
        String unit = count.territorialUnit == null ? null : count.territorialUnit.code;
        byKey.put(new Key(count.indicator.id, count.component, count.spanStart, count.spanEnd, unit), count);
        lane(count.indicator.id, count.component, unit)
                .put(count.spanStart, new Span(count.component.name(), count.spanStart, count.spanEnd, unit));
    }

    TerritorialUnit unit(Indicator indicator, String code) {
        long organisation = indicator.objective.plan.organisation.id;
        return units.computeIfAbsent(organisation + ":" + code, key -> TerritorialUnit
                .<TerritorialUnit>find("organisation.id = ?1 and code = ?2", organisation, code).firstResult());
    }

    List<FieldError> validate(List<CountBatchRequest.Row> rows, boolean batch) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CountBatchRequest.Row row = rows.get(i);
            String at = batch ? "rows[" + i + "]." : "";
            Integer index = batch ? i : null;
            Indicator indicator = indicators.get(row.indicatorId());
            if (indicator == null) {
                errors.add(new FieldError(at + "indicatorId", "indicatore sconosciuto: " + row.indicatorId(), index));
                continue;
            }
            String problem = rowProblem(indicator, row);
            if (problem != null) {
                errors.add(new FieldError(at + problem.substring(0, problem.indexOf(':')),
                        problem.substring(problem.indexOf(':') + 2), index));
                continue;
            }
            Span span = new Span(row.component().name(), row.from(), row.to(), row.territorialUnit());
            Span clash = clash(indicator.id, row.component(), span);
            if (clash != null) {
                errors.add(new FieldError(at + "from", "il periodo " + row.from() + " – " + row.to()
                        + " si sovrappone a " + clash.from() + " – " + clash.to()
                        + (clash.unit() == null ? " (totale)" : " (" + clash.unit() + ")")
                        + ": gli stessi giorni sarebbero contati due volte", index));
                continue;
            }
            lane(indicator.id, row.component(), row.territorialUnit()).putIfAbsent(row.from(), span);
        }
        errors.addAll(zeroDenominators(rows, batch));
        return errors;
    }

    /**
     * The figure the span would count twice with: one of the same unit, or a total when the span is a unit's (and
     * any unit's when the span is a total). Within a lane figures never overlap, so only the last one starting on
     * or before the span's end can.
     */
    private Span clash(long indicatorId, CountComponent component, Span span) {
        List<TreeMap<LocalDate, Span>> candidates = new ArrayList<>();
        if (span.unit() == null) {
            lanes.forEach((lane, spans) -> {
                if (lane.indicatorId() == indicatorId && lane.component() == component) {
                    candidates.add(spans);
                }
            });
        } else {
            candidates.add(lane(indicatorId, component, span.unit()));
            candidates.add(lane(indicatorId, component, null));
        }
        for (TreeMap<LocalDate, Span> spans : candidates) {
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

    private TreeMap<LocalDate, Span> lane(long indicatorId, CountComponent component, String unit) {
        return lanes.computeIfAbsent(new Lane(indicatorId, component, unit), lane -> new TreeMap<>());
    }

    private String rowProblem(Indicator indicator, CountBatchRequest.Row row) {
        if (indicator.kind != IndicatorKind.RATIO && indicator.kind != IndicatorKind.RATIO_PLANNED) {
            return "indicatorId: l'indicatore non è un rapporto e non riceve conteggi";
        }
        if (indicator.kind == IndicatorKind.RATIO_PLANNED && row.component() == CountComponent.DENOMINATOR) {
            return "component: il denominatore è la quantità prevista dell'indicatore, non si conta";
        }
        if (row.to().isBefore(row.from())) {
            return "to: non può precedere from";
        }
        int year = indicator.objective.plan.year;
        if (row.from().getYear() != year) {
            return "from: fuori dall'anno del piano (" + year + ")";
        }
        if (row.to().getYear() != year) {
            return "to: fuori dall'anno del piano (" + year + ")";
        }
        if (row.territorialUnit() != null && unit(indicator, row.territorialUnit()) == null) {
            return "territorialUnit: settore territoriale sconosciuto: " + row.territorialUnit();
        }
        return null;
    }

    /** A ratio divides by its denominator: refused when the figures would leave it at zero under a numerator. */
    private List<FieldError> zeroDenominators(List<CountBatchRequest.Row> rows, boolean batch) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CountBatchRequest.Row row = rows.get(i);
            Indicator indicator = indicators.get(row.indicatorId());
            if (indicator == null || row.component() != CountComponent.DENOMINATOR || row.value() == null
                    || row.value().signum() != 0 || indicator.kind != IndicatorKind.RATIO) {
                continue;
            }
            boolean positiveInRequest = rows.stream().anyMatch(r -> r != row
                    && Objects.equals(r.indicatorId(), row.indicatorId())
                    && r.component() == CountComponent.DENOMINATOR && r.value() != null && r.value().signum() > 0);
            // Rare, so asked of the database only here: a positive denominator anywhere else in the year.
            boolean positiveElsewhere = positiveInRequest || IndicatorCount.count("""
                    indicator.id = ?1 and component = ?2 and value > 0 and not (spanStart = ?3 and spanEnd = ?4)""",
                    indicator.id, CountComponent.DENOMINATOR, row.from(), row.to()) > 0;
            if (!positiveElsewhere) {
                errors.add(new FieldError((batch ? "rows[" + i + "]." : "") + "value",
                        "un denominatore zero renderebbe il rapporto una divisione per zero", batch ? i : null));
            }
        }
        return errors;
    }
}
