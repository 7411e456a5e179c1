package it.perfmon.count.service;

import it.perfmon.common.FieldError;
import it.perfmon.common.Jdbc;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.count.rest.CountBatchRequest;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.WholeNumbers;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The indicators of a request with the figures already counted in the days the request covers, indexed so that
 * checking and applying a batch of a thousand rows costs a look-up per row, however many figures the indicators
 * have accumulated over the year. Everything is read as plain columns, in one statement each, never as entities:
 * a batch touches thousands of rows and changes few of them.
 */
final class Figures {

    /** The natural key of a figure: re-posting it is an update, never a second figure. */
    record Key(long indicatorId, CountComponent component, LocalDate from, LocalDate to, String unit) {

        static Key of(CountBatchRequest.Row row) {
            return new Key(row.indicatorId(), row.component(), row.from(), row.to(), row.territorialUnit());
        }
    }

    /** A figure already stored. */
    record Existing(long id, BigDecimal value) {
    }

    /** The figures of one component of one indicator in one unit (null: totals), which must not overlap. */
    private record Lane(long indicatorId, CountComponent component, String unit) {
    }

    final Map<Long, IndicatorFacts> indicators;
    private final Map<Key, Existing> byKey = new HashMap<>();
    private final Map<Lane, TreeMap<LocalDate, Span>> lanes = new HashMap<>();
    /** Territorial unit ids by organisation and code. */
    private final Map<Long, Map<String, Long>> units = new HashMap<>();

    private Figures(Map<Long, IndicatorFacts> indicators) {
        this.indicators = indicators;
    }

    /** The indicators the rows name that exist, in one statement. */
    static Map<Long, IndicatorFacts> indicators(EntityManager em, List<CountBatchRequest.Row> rows) {
        List<Long> ids = rows.stream().map(CountBatchRequest.Row::indicatorId).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, IndicatorFacts> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Jdbc.work(em, connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select i.id, i.kind, p.plan_year, p.organisation_id, o.responsible_structure_id, i.decimal_counts
                    from indicator i join objective o on o.id = i.objective_id join plan p on p.id = o.plan_id
                    where i.id in (%s)""".formatted(placeholders(ids.size())))) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setLong(i + 1, ids.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new IndicatorFacts(rs.getLong(1), IndicatorKind.valueOf(rs.getString(2)),
                                rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getBoolean(6)));
                    }
                }
            }
        });
        return found;
    }

    /**
     * Reads the figures of these indicators whose days meet those of the rows, and the territorial units of their
     * organisations when a row names one: a statement each.
     */
    static Figures of(EntityManager em, Map<Long, IndicatorFacts> indicators, List<CountBatchRequest.Row> rows) {
        Figures figures = new Figures(indicators);
        LocalDate from = rows.stream().map(CountBatchRequest.Row::from).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate to = rows.stream().map(CountBatchRequest.Row::to).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        if (indicators.isEmpty()) {
            return figures;
        }
        List<Long> ids = List.copyOf(indicators.keySet());
        List<Long> organisations = indicators.values().stream().map(IndicatorFacts::organisationId).distinct().toList();
        boolean unitsNamed = rows.stream().anyMatch(r -> r.territorialUnit() != null);
        Jdbc.work(em, connection -> {
            if (from != null && to != null) {
                try (PreparedStatement select = connection.prepareStatement("""
                        select c.id, c.indicator_id, c.component, c.span_start, c.span_end, u.code, c.count_value
                        from indicator_count c left join territorial_unit u on u.id = c.territorial_unit_id
                        where c.indicator_id in (%s) and c.span_end >= ? and c.span_start <= ?"""
                        .formatted(placeholders(ids.size())))) {
                    int at = 1;
                    for (Long id : ids) {
                        select.setLong(at++, id);
                    }
                    select.setObject(at++, from.isBefore(to) ? from : to);
                    select.setObject(at, to.isAfter(from) ? to : from);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            figures.remember(new Key(rs.getLong(2), CountComponent.valueOf(rs.getString(3)),
                                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)),
                                    new Existing(rs.getLong(1), rs.getBigDecimal(7)));
                        }
                    }
                }
            }
            if (unitsNamed) {
                try (PreparedStatement select = connection.prepareStatement(
                        "select organisation_id, code, id from territorial_unit where organisation_id in (%s)"
                                .formatted(placeholders(organisations.size())))) {
                    for (int i = 0; i < organisations.size(); i++) {
                        select.setLong(i + 1, organisations.get(i));
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            figures.units.computeIfAbsent(rs.getLong(1), o -> new HashMap<>())
                                    .put(rs.getString(2), rs.getLong(3));
                        }
                    }
                }
            }
        });
        return figures;
    }

    private static String placeholders(int count) {
        return java.util.Collections.nCopies(count, "?").stream().collect(Collectors.joining(", "));
    }

    Existing existing(CountBatchRequest.Row row) {
        return byKey.get(Key.of(row));
    }

    private void remember(Key key, Existing existing) {
        byKey.put(key, existing);
        lane(key.indicatorId(), key.component(), key.unit())
                .put(key.from(), new Span(key.component().name(), key.from(), key.to(), key.unit()));
    }

    /** The id of the unit of that code in the indicator's organisation, or null when there is none. */
    Long unit(IndicatorFacts indicator, String code) {
        return units.getOrDefault(indicator.organisationId(), Map.of()).get(code);
    }

    List<FieldError> validate(List<CountBatchRequest.Row> rows, boolean batch) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CountBatchRequest.Row row = rows.get(i);
            String at = batch ? "rows[" + i + "]." : "";
            Integer index = batch ? i : null;
            IndicatorFacts indicator = indicators.get(row.indicatorId());
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
            Span clash = clash(indicator.id(), row.component(), span);
            if (clash != null) {
                errors.add(new FieldError(at + "from", "il periodo " + row.from() + " – " + row.to()
                        + " si sovrappone a " + clash.from() + " – " + clash.to()
                        + (clash.unit() == null ? " (totale)" : " (" + clash.unit() + ")")
                        + ": gli stessi giorni sarebbero contati due volte", index));
                continue;
            }
            lane(indicator.id(), row.component(), row.territorialUnit()).putIfAbsent(row.from(), span);
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

    private String rowProblem(IndicatorFacts indicator, CountBatchRequest.Row row) {
        if (indicator.kind() != IndicatorKind.RATIO && indicator.kind() != IndicatorKind.RATIO_PLANNED) {
            return "indicatorId: l'indicatore non è un rapporto e non riceve conteggi";
        }
        if (indicator.kind() == IndicatorKind.RATIO_PLANNED && row.component() == CountComponent.DENOMINATOR) {
            return "component: il denominatore è la quantità prevista dell'indicatore, non si conta";
        }
        if (row.to().isBefore(row.from())) {
            return "to: non può precedere from";
        }
        int year = indicator.planYear();
        if (row.from().getYear() != year) {
            return "from: fuori dall'anno del piano (" + year + ")";
        }
        if (row.to().getYear() != year) {
            return "to: fuori dall'anno del piano (" + year + ")";
        }
        if (row.territorialUnit() != null && unit(indicator, row.territorialUnit()) == null) {
            return "territorialUnit: settore territoriale sconosciuto: " + row.territorialUnit();
        }
        if (!indicator.decimalCounts() && row.value() != null && !WholeNumbers.isWhole(row.value())) {
            return "value: " + WholeNumbers.MESSAGE;
        }
        return null;
    }

    /** A ratio divides by its denominator: refused when the figures would leave it at zero under a numerator. */
    private List<FieldError> zeroDenominators(List<CountBatchRequest.Row> rows, boolean batch) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CountBatchRequest.Row row = rows.get(i);
            IndicatorFacts indicator = indicators.get(row.indicatorId());
            if (indicator == null || row.component() != CountComponent.DENOMINATOR || row.value() == null
                    || row.value().signum() != 0 || indicator.kind() != IndicatorKind.RATIO) {
                continue;
            }
            boolean positiveInRequest = rows.stream().anyMatch(r -> r != row
                    && Objects.equals(r.indicatorId(), row.indicatorId())
                    && r.component() == CountComponent.DENOMINATOR && r.value() != null && r.value().signum() > 0);
            // Rare, so asked of the database only here: a positive denominator anywhere else in the year.
            boolean positiveElsewhere = positiveInRequest || IndicatorCount.count("""
                    indicator.id = ?1 and component = ?2 and value > 0 and not (spanStart = ?3 and spanEnd = ?4)""",
                    indicator.id(), CountComponent.DENOMINATOR, row.from(), row.to()) > 0;
            if (!positiveElsewhere) {
                errors.add(new FieldError((batch ? "rows[" + i + "]." : "") + "value",
                        "un denominatore zero renderebbe il rapporto una divisione per zero", batch ? i : null));
            }
        }
        return errors;
    }
}
