package it.perfmon.faults.rig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A batch held in the middle of its transaction, so that a fault can strike at a known point. The test's own
 * transaction inserts, without committing, the figure that the batch writes last: the batch writes all the others
 * and then waits for that row's lock. The test's insert skips the foreign-key checks, which would otherwise hold a
 * shared lock on the indicator row, and the batch starts by locking its indicators: it would wait there, having
 * written nothing. Its database connection is found in the server's own tables: a transaction
 * in LOCK WAIT that has already modified all but one of the batch's figures.
 */
public final class MidBatch implements AutoCloseable {

    private final Connection blocker;
    private final CompletableFuture<Reply> reply;
    private long threadId;
    private long rowsModified;

    private MidBatch(Connection blocker, CompletableFuture<Reply> reply) {
        this.blocker = blocker;
        this.reply = reply;
    }

    public static MidBatch hold(Rig rig, BackendProcess backend, String key, List<CountRow> rows) throws Exception {
        Connection blocker = rig.connect();
        blocker.setAutoCommit(false);
        try (var session = blocker.createStatement()) {
            session.execute("SET SESSION foreign_key_checks = 0");
        }
        CountRow last = rows.get(rows.size() - 1);
        // The unit by a plain read: an INSERT ... SELECT would hold shared locks on the rows it reads, the indicator's too.
        long unitId;
        try (PreparedStatement unit = blocker.prepareStatement("""
                select u.id from territorial_unit u join indicator i on i.id = ? join objective o on o.id = i.objective_id
                join plan p on p.id = o.plan_id where u.code = ? and u.organisation_id = p.organisation_id""")) {
            unit.setLong(1, last.indicatorId());
            unit.setString(2, last.territorialUnit());
            try (ResultSet found = unit.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalStateException("no territorial unit " + last.territorialUnit());
                }
                unitId = found.getLong(1);
            }
        }
        try (PreparedStatement insert = blocker.prepareStatement("""
                insert into indicator_count (indicator_id, component, span_start, span_end, territorial_unit_id,
                    count_value, updated_by, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, 0, 'faults-test', 0, now(6), now(6))""")) {
            insert.setLong(1, last.indicatorId());
            insert.setString(2, last.component());
            insert.setObject(3, last.from());
            insert.setObject(4, last.to());
            insert.setLong(5, unitId);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("could not take the lock of the batch's last figure");
            }
        }
        MidBatch held = new MidBatch(blocker, CompletableFuture.supplyAsync(() -> rig.postBatch(backend, key, rows)));
        try (Connection watcher = rig.connect(); PreparedStatement query = watcher.prepareStatement("""
                select trx_mysql_thread_id, trx_rows_modified from information_schema.innodb_trx
                where trx_state = 'LOCK WAIT' and trx_rows_modified >= ?""")) {
            query.setLong(1, rows.size() - 1);
            // Well within the backend's socket timeout, after which the waiting statement would fail on its own.
            Waits.until("the batch has written all but its last figure and waits", Duration.ofSeconds(7), () -> {
                if (held.reply.isDone()) {
                    throw new IllegalStateException("the batch ended before it could be held: " + held.reply.join());
                }
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        held.threadId = row.getLong(1);
                        held.rowsModified = row.getLong(2);
                        return true;
                    }
                    return false;
                }
            });
        } catch (AssertionError e) {
            String seen = Diagnostics.sessions(rig);
            held.close();
            throw new AssertionError(e.getMessage() + "; the server's sessions were:\n" + seen, e);
        } catch (RuntimeException | Error | SQLException | InterruptedException e) {
            held.close();
            throw e;
        }
        return held;
    }

    /** The server's id of the backend connection that runs the batch. */
    public long threadId() {
        return threadId;
    }

    public long rowsModified() {
        return rowsModified;
    }

    public CompletableFuture<Reply> reply() {
        return reply;
    }

    /** Rolls the test's row back, which lets the batch go on if its connection still lives. Quiet when the server is gone. */
    @Override
    public void close() {
        try {
            blocker.rollback();
        } catch (SQLException gone) {
            // The server was killed or restarted: the row and its lock went with it.
        }
        try {
            blocker.close();
        } catch (SQLException ignored) {
            // As above.
        }
    }
}
