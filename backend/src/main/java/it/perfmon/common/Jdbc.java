package it.perfmon.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/** Plain JDBC on the connection, and so in the transaction, of the current Hibernate session: for bulk writes. */
public final class Jdbc {

    /** Work done on the session's connection; SQL errors surface as Hibernate's, mapped like any other. */
    @FunctionalInterface
    public interface Work {
        void execute(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    public static void work(EntityManager em, Work work) {
        em.unwrap(Session.class).doWork(work::execute);
    }

    /** Times are stored in UTC (hibernate.jdbc.timezone), as Hibernate stores them. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
