package it.perfmon.common;

import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure caused by the database being unreachable, stopped, frozen or dropping the connection, which
 * clients should retry (503). The sign can sit deep: a commit that fails on a dead connection surfaces as the
 * transaction manager's RollbackException with the driver's error among its suppressed exceptions.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable error) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.push(error);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (signalsOutage(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.push(suppressed);
            }
        }
        return false;
    }

    private static boolean signalsOutage(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            // SQLSTATE class 08: connection exception (the driver's socket errors and timeouts carry 08000).
            if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // Agroal reports an exhausted or unreachable pool as a plain SQLException ("Acquisition timeout while
            // waiting for new connection", in other versions "Sorry, acquisition timeout!").
            String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("acquisition timeout")) {
                return true;
            }
            // Agroal could not enlist a pooled connection in the transaction ("Exception in association of
            // connection to existing transaction", caused by "Failed to enlist…"): the connection died in the pool
            // (the database restarted or dropped it); nothing was done yet.
            return sql.getCause() instanceof SystemException || message.contains("failed to enlist")
                    || message.contains("association of connection to existing transaction");
        }
        return false;
    }
}
