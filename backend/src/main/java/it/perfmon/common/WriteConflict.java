package it.perfmon.common;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a transaction the database rolled back because another one wrote the same rows first: an InnoDB
 * deadlock on one server, and on a Galera cluster a certification failure (a concurrent commit on another node won)
 * or a brute-force abort (a replicated write took the rows this transaction held). Galera reports both as MariaDB's
 * deadlock, error 1213 with SQLSTATE 40001. Nothing of the transaction was kept, so the client may send the same
 * request again (503 with Retry-After); an idempotent count batch is then applied once.
 */
final class WriteConflict {

    /** ER_LOCK_DEADLOCK: "Deadlock found when trying to get lock; try restarting transaction". */
    static final int MARIADB_DEADLOCK = 1213;
    /** SQLSTATE of a serialization failure, which the driver gives ER_LOCK_DEADLOCK. */
    static final String SERIALIZATION_FAILURE = "40001";

    private WriteConflict() {
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
            if (t instanceof LostTransaction) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == MARIADB_DEADLOCK
                    || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
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
}
