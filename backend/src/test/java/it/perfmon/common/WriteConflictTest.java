package it.perfmon.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/**
 * The shapes in which a rolled-back conflicting write reached the exception mappers in the Galera fault tests
 * (make test-faults): the driver's error as a statement's cause, and as a failed commit's suppressed exception.
 */
class WriteConflictTest {

    private static SQLException deadlock() {
        return new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
    }

    @Test
    void aDeadlockOfAStatementIsAConflict() {
        assertTrue(WriteConflict.isCause(new IllegalStateException("Error executing work",
                new LockAcquisitionException("could not execute statement", deadlock()))));
    }

    @Test
    void aCommitRefusedByCertificationIsAConflict() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("XAException.XA_RBROLLBACK", deadlock()));
        assertTrue(WriteConflict.isCause(new RuntimeException("Error invoking subclass method", commit)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(WriteConflict.isCause(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)));
        assertFalse(WriteConflict.isCause(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(WriteConflict.isCause(new IllegalStateException("no cause")));
    }
}
