package it.perfmon.count.service;

import it.perfmon.common.Jdbc;
import it.perfmon.count.IndicatorCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes new figures with one JDBC batch in the request's transaction, then reads their ids back by natural key
 * in one statement (the driver's bulk inserts do not return generated keys reliably).
 */
@ApplicationScoped
class CountWriter {

    private static final String INSERT = """
            insert into indicator_count (indicator_id, component, span_start, span_end, territorial_unit_id,
                count_value, updated_by, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";

    private final EntityManager em;

    CountWriter(EntityManager em) {
        this.em = em;
    }

    void insert(List<IndicatorCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        em.flush();
        Jdbc.work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (IndicatorCount count : counts) {
                    insert.setLong(1, count.indicator.id);
                    insert.setString(2, count.component.name());
                    insert.setObject(3, count.spanStart);
                    insert.setObject(4, count.spanEnd);
                    insert.setObject(5, count.territorialUnit == null ? null : count.territorialUnit.id);
                    insert.setBigDecimal(6, count.value);
                    insert.setString(7, count.updatedBy);
                    insert.setObject(8, Jdbc.utc(now));
                    insert.setObject(9, Jdbc.utc(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Map<String, IndicatorCount> byKey = counts.stream().collect(Collectors.toMap(CountWriter::key, c -> c));
            String ids = counts.stream().map(c -> String.valueOf(c.indicator.id)).distinct().collect(Collectors.joining(","));
            LocalDate from = counts.stream().map(c -> c.spanStart).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = counts.stream().map(c -> c.spanEnd).max(LocalDate::compareTo).orElseThrow();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, indicator_id, component, span_start, span_end, unit_key from indicator_count "
                            + "where indicator_id in (" + ids + ") and span_start >= ? and span_end <= ?")) {
                select.setObject(1, from);
                select.setObject(2, to);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        IndicatorCount count = byKey.get(rows.getLong(2) + "|" + rows.getString(3) + "|"
                                + rows.getObject(4, LocalDate.class) + "|" + rows.getObject(5, LocalDate.class) + "|"
                                + rows.getLong(6));
                        if (count != null) {
                            count.id = rows.getLong(1);
                            count.createdAt = now;
                            count.updatedAt = now;
                        }
                    }
                }
            }
        });
    }

    private static String key(IndicatorCount count) {
        return count.indicator.id + "|" + count.component.name() + "|" + count.spanStart + "|" + count.spanEnd + "|"
                + (count.territorialUnit == null ? 0L : count.territorialUnit.id);
    }
}
