package it.perfmon.count.service;

import it.perfmon.common.FieldError;
import it.perfmon.common.Jdbc;
import it.perfmon.count.CountComponent;
import it.perfmon.rules.CountLanes;
import it.perfmon.rules.CountSpan;
import it.perfmon.rules.FigureCheck;
import it.perfmon.rules.FigureProblem;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.ZeroDenominators;
import it.perfmon.rules.ZeroDenominators.Denominator;
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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The indicators of a request with the figures already counted in the days the request covers, indexed so that
 * checking and applying a batch of a thousand rows costs a look-up per row, however many figures the indicators
 * have accumulated over the year. Everything is read as plain columns, in one statement each, never as entities:
 * a batch touches thousands of rows and changes few of them. What makes a figure acceptable is the rules' (FigureCheck,
 * CountLanes, ZeroDenominators): this class reads what they judge.
 */
final class Figures {

    /** The natural key of a figure: re-posting it is an update, never a second figure. */
    record Key(long indicatorId, CountComponent component, LocalDate from, LocalDate to, String unit) {

        static Key of(PostCount row) {
            return new Key(row.indicatorId(), row.component(), row.from(), row.to(), row.territorialUnit());
        }
    }

    /** A figure already stored. */
    record Existing(long id, BigDecimal value) {
    }

    final Map<Long, IndicatorFacts> indicators;
    private final Map<Key, Existing> byKey = new HashMap<>();
    private final CountLanes lanes = new CountLanes();
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
    static void lockIndicators(EntityManager em, List<PostCount> rows) {
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

    private static List<Long> indicatorIds(List<PostCount> rows) {
        return rows.stream().map(PostCount::indicatorId).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    /** The indicators the rows name that exist, in one statement. */
    static Map<Long, IndicatorFacts> indicators(EntityManager em, List<PostCount> rows) {
        List<Long> ids = indicatorIds(rows);
        Map<Long, IndicatorFacts> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Jdbc.work(em, connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select i.id, i.kind, p.plan_year, p.organisation_id, o.responsible_structure_id, i.decimal_counts, p.id
                    from indicator i join objective o on o.id = i.objective_id join plan p on p.id = o.plan_id
                    where i.id in (%s)""".formatted(placeholders(ids.size())))) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setLong(i + 1, ids.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new IndicatorFacts(rs.getLong(1), IndicatorKind.valueOf(rs.getString(2)),
                                rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getBoolean(6), rs.getLong(7)));
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
    static Figures of(EntityManager em, Map<Long, IndicatorFacts> indicators, List<PostCount> rows) {
        Figures figures = new Figures(em, indicators);
        LocalDate from = rows.stream().map(PostCount::from).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate to = rows.stream().map(PostCount::to).filter(Objects::nonNull)
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

    Existing existing(PostCount row) {
        return byKey.get(Key.of(row));
    }

    private void remember(Key key, Existing existing) {
        byKey.put(key, existing);
        lanes.add(key.indicatorId(), new CountSpan(key.component().name(), key.from(), key.to(), key.unit()));
    }

    /** The id of the unit of that code in the indicator's organisation, or null when there is none. */
    Long unit(IndicatorFacts indicator, String code) {
        return units.getOrDefault(indicator.organisationId(), Map.of()).get(code);
    }

    List<FieldError> validate(List<PostCount> rows, boolean batch) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PostCount row = rows.get(i);
            Integer index = batch ? i : null;
            IndicatorFacts indicator = indicators.get(row.indicatorId());
            if (indicator == null) {
                errors.add(new FieldError(field(batch, i, "indicatorId"),
                        "indicatore sconosciuto: " + row.indicatorId(), index));
                continue;
            }
            Optional<FigureProblem> problem = FigureCheck.problem(
                    new FigureCheck.Indicator(indicator.kind(), indicator.planYear(), indicator.decimalCounts()),
                    new FigureCheck.Figure(row.component() == CountComponent.DENOMINATOR, row.from(), row.to(),
                            unitKnown(indicator, row.territorialUnit()), row.territorialUnit(), row.value()));
            if (problem.isPresent()) {
                errors.add(new FieldError(field(batch, i, problem.get().field()), problem.get().message(), index));
                continue;
            }
            CountSpan span = new CountSpan(row.component().name(), row.from(), row.to(), row.territorialUnit());
            CountSpan clash = lanes.clash(indicator.id(), span);
            if (clash != null) {
                errors.add(new FieldError(field(batch, i, "from"), CountLanes.overlapMessage(span, clash), index));
                continue;
            }
            lanes.accept(indicator.id(), span);
        }
        for (Denominator refused : ZeroDenominators.refused(denominators(rows), this::positiveDenominators)) {
            errors.add(new FieldError(field(batch, refused.index(), "value"), ZeroDenominators.message(refused),
                    batch ? refused.index() : null));
        }
        return errors;
    }

    /** The field as the client names it, built only for a refused row: {@code value}, or {@code rows[3].value}. */
    private static String field(boolean batch, int row, String name) {
        return batch ? "rows[" + row + "]." + name : name;
    }

    private boolean unitKnown(IndicatorFacts indicator, String code) {
        return code == null || unit(indicator, code) != null;
    }

    /** The rows that are denominators of a ratio, but those of an unknown unit, refused for that already. */
    private List<Denominator> denominators(List<PostCount> rows) {
        List<Denominator> denominators = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PostCount row = rows.get(i);
            IndicatorFacts indicator = indicators.get(row.indicatorId());
            if (indicator != null && indicator.kind() == IndicatorKind.RATIO
                    && row.component() == CountComponent.DENOMINATOR && row.from() != null && row.to() != null
                    && row.value() != null && unitKnown(indicator, row.territorialUnit())) {
                denominators.add(new Denominator(i, row.indicatorId(), row.territorialUnit(), row.from(), row.to(),
                        row.value()));
            }
        }
        return denominators;
    }

    /** Rare, so asked of the database only here: the spans of a lane's positive denominators stored. */
    private List<CountSpan> positiveDenominators(long indicatorId, String unitCode) {
        Long unitId = unitCode == null ? null : unit(indicators.get(indicatorId), unitCode);
        var query = em.createQuery("""
                select c.spanStart, c.spanEnd from IndicatorCount c
                where c.indicator.id = :indicator and c.component = :component and c.value > 0\s"""
                + (unitId == null ? "and c.territorialUnit is null" : "and c.territorialUnit.id = :unit"), Object[].class)
                .setParameter("indicator", indicatorId).setParameter("component", CountComponent.DENOMINATOR);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        return query.getResultList().stream().map(span -> new CountSpan(CountComponent.DENOMINATOR.name(),
                (LocalDate) span[0], (LocalDate) span[1], unitCode)).toList();
    }
}
