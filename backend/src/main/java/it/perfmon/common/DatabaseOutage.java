package it.perfmon.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** Recognises a failure caused by the database being unreachable, which clients should retry (503). */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // Agroal reports an exhausted or unreachable pool as a plain SQLException.
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
