package it.perfmon.count.service;

import it.perfmon.common.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
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
        LocalDateTime now = Jdbc.utc(Instant.now());
        em.flush();
        Jdbc.work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                // What the whole batch shares is set once: the driver keeps a parameter for the next rows until it
                // is set again.
                insert.setString(7, updatedBy);
                insert.setObject(8, now);
                insert.setObject(9, now);
                insert.setLong(10, auditEventId);
                // Typed setters: setObject made the driver look its codec up for every parameter of every row.
                for (NewFigure figure : figures) {
                    insert.setLong(1, figure.indicatorId);
                    insert.setString(2, figure.component.name());
                    insert.setDate(3, Date.valueOf(figure.from));
                    insert.setDate(4, Date.valueOf(figure.to));
                    if (figure.unitId == null) {
                        insert.setNull(5, Types.BIGINT);
                    } else {
                        insert.setLong(5, figure.unitId);
                    }
                    insert.setBigDecimal(6, figure.value);
                    insert.setBigDecimal(11, figure.value);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
