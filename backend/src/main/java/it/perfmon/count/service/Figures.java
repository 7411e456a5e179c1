package it.perfmon.count.service;

import it.perfmon.common.FieldError;
import it.perfmon.common.Jdbc;
import it.perfmon.count.CountComponent;
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
import java.util.Set;
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

    private final EntityManager em;

    private Figures(EntityManager em, Map<Long, IndicatorFacts> indicators) {
        this.em = em;
        this.indicators = indicators;
    }

    /**
     * Locks the rows of the indicators the rows name, in ascending id order, in one statement: every writer of
     * counts takes them first, so two requests touching the same indicator run one after the other and the second
     * sees the figures the first stored (the overlap check is a read, which alone would let both pass); one order
     * for every request keeps two batches naming the same indicators in different orders from waiting for each other.
     * It must be the transaction's first read: under REPEATABLE READ the figures read next see the data as of the
     * transaction's first plain read, and only when that read comes after the lock do they include what the previous
     * holder committed.
     */
    static void lockIndicators(EntityManager em, List<CountBatchRequest.Row> rows) {
        List<Long> ids = indicatorIds(rows);
        if (ids.isEmpty()) {
            return;
        }
        Jdbc.work(em, connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select id from indicator where id in (%s) order by id for update"
                            .formatted(placeholders(ids.size())))) {
                for (int i = 0; i < ids.size(); i++) {
                    lock.setLong(i + 1, ids.get(i));
                }
                lock.executeQuery().close();
            }
        });
    }

    private static List<Long> indicatorIds(List<CountBatchRequest.Row> rows) {
        return rows.stream().map(CountBatchRequest.Row::indicatorId).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    /** The indicators the rows name that exist, in one statement. */
    static Map<Long, IndicatorFacts> indicators(EntityManager em, List<CountBatchRequest.Row> rows) {
        List<Long> ids = indicatorIds(rows);
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
        Figures figures = new Figures(em, indicators);
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

    /**
     * A ratio divides by its denominator, and so does each territorial unit's share of it: a zero denominator is
     * refused unless its own lane (the same unit, or the totals) keeps a positive denominator in another span, in
     * this request or stored. A figure posted twice in one request counts with its last value, and a stored figure
     * the request overwrites counts with the request's.
     */
    private List<FieldError> zeroDenominators(List<CountBatchRequest.Row> rows, boolean batch) {
        Map<Key, BigDecimal> posted = new HashMap<>();
        for (CountBatchRequest.Row row : rows) {
            if (isRatioDenominator(row) && row.value() != null) {
                posted.put(Key.of(row), row.value());
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CountBatchRequest.Row row = rows.get(i);
            if (!isRatioDenominator(row) || row.value() == null || row.value().signum() != 0
                    || posted.get(Key.of(row)).signum() != 0) {
                continue;
            }
            boolean positiveInRequest = posted.entrySet().stream().anyMatch(e -> sameLane(e.getKey(), row)
                    && !e.getKey().equals(Key.of(row)) && e.getValue().signum() > 0);
            if (!positiveInRequest && !positiveStored(row, posted.keySet())) {
                errors.add(new FieldError((batch ? "rows[" + i + "]." : "") + "value",
                        "un denominatore zero renderebbe il rapporto una divisione per zero"
                                + (row.territorialUnit() == null ? "" : " nel settore " + row.territorialUnit()),
                        batch ? i : null));
            }
        }
        return errors;
    }

    private boolean isRatioDenominator(CountBatchRequest.Row row) {
        IndicatorFacts indicator = indicators.get(row.indicatorId());
        return indicator != null && indicator.kind() == IndicatorKind.RATIO && row.component() == CountComponent.DENOMINATOR
                && row.from() != null && row.to() != null;
    }

    private static boolean sameLane(Key key, CountBatchRequest.Row row) {
        return key.indicatorId() == row.indicatorId() && key.component() == row.component()
                && Objects.equals(key.unit(), row.territorialUnit());
    }

    /** Rare, so asked of the database only here: the lane's positive denominators not overwritten by the request. */
    private boolean positiveStored(CountBatchRequest.Row row, Set<Key> posted) {
        Long unitId = row.territorialUnit() == null ? null : unit(indicators.get(row.indicatorId()), row.territorialUnit());
        if (row.territorialUnit() != null && unitId == null) {
            return true; // an unknown unit, already refused for that
        }
        var query = em.createQuery("""
                select c.spanStart, c.spanEnd from IndicatorCount c
                where c.indicator.id = :indicator and c.component = :component and c.value > 0\s"""
                + (unitId == null ? "and c.territorialUnit is null" : "and c.territorialUnit.id = :unit"), Object[].class)
                .setParameter("indicator", row.indicatorId()).setParameter("component", CountComponent.DENOMINATOR);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        List<Object[]> spans = query.getResultList();
        return spans.stream().anyMatch(span -> !posted.contains(new Key(row.indicatorId(), CountComponent.DENOMINATOR,
                (LocalDate) span[0], (LocalDate) span[1], row.territorialUnit())));
    }
}
