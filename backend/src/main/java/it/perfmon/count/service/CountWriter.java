package it.perfmon.count.service;

import it.perfmon.common.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;

/**
 * Writes new figures with one JDBC batch in the request's transaction. Each figure points to the audit event of
 * its batch and keeps the value it was created with, so the trail needs no row of its own per figure, and nothing
 * has to be read back: the driver's bulk inserts do not return generated keys reliably.
 */
@ApplicationScoped
class CountWriter {

    private static final String INSERT = """
            insert into indicator_count (indicator_id, component, span_start, span_end, territorial_unit_id,
                count_value, updated_by, version, created_at, updated_at, created_event_id, created_value)
            values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""";

    private final EntityManager em;

    CountWriter(EntityManager em) {
        this.em = em;
    }

    void insert(Collection<NewFigure> figures, String updatedBy, long auditEventId) {
        if (figures.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        em.flush();
        Jdbc.work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (NewFigure figure : figures) {
                    insert.setLong(1, figure.indicatorId);
                    insert.setString(2, figure.component.name());
                    insert.setObject(3, figure.from);
                    insert.setObject(4, figure.to);
                    insert.setObject(5, figure.unitId);
                    insert.setBigDecimal(6, figure.value);
                    insert.setString(7, updatedBy);
                    insert.setObject(8, Jdbc.utc(now));
                    insert.setObject(9, Jdbc.utc(now));
                    insert.setLong(10, auditEventId);
                    insert.setBigDecimal(11, figure.value);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
