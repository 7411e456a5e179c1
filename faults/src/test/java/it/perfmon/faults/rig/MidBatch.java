package it.perfmon.faults.rig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A batch held in the middle of its transaction, so that a fault can strike at a known point: the test locks the
 * audit table, the batch inserts its figures and then waits for that lock. The batch's database connection is
 * found in the server's own tables (its transaction has modified at least as many rows as the batch has figures).
 */
public final class MidBatch implements AutoCloseable {

    private final Connection locker;
    private final CompletableFuture<Reply> reply;
    private long threadId;
    private long rowsModified;

    private MidBatch(Connection locker, CompletableFuture<Reply> reply) {
        this.locker = locker;
        this.reply = reply;
    }

    public static MidBatch hold(Rig rig, BackendProcess backend, String key, List<CountRow> rows) throws Exception {
        Connection locker = rig.connect();
        try (Statement lock = locker.createStatement()) {
            lock.execute("LOCK TABLES audit_event WRITE");
        }
        MidBatch held = new MidBatch(locker, CompletableFuture.supplyAsync(() -> rig.postBatch(backend, key, rows)));
        try (Connection watcher = rig.connect(); PreparedStatement query = watcher.prepareStatement("""
                select t.trx_mysql_thread_id, t.trx_rows_modified from information_schema.innodb_trx t
                join information_schema.processlist p on p.id = t.trx_mysql_thread_id
                where p.info like '%audit_event%' and t.trx_rows_modified >= ?""")) {
            query.setLong(1, rows.size());
            // Well within the backend's socket timeout, after which the waiting statement would fail on its own.
            Waits.until("the batch has inserted its figures and waits for the audit table", Duration.ofSeconds(7), () -> {
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

    /** Lets the batch go on (if its connection still lives). Quiet when the server is gone. */
    @Override
    public void close() {
        try (Statement unlock = locker.createStatement()) {
            unlock.execute("UNLOCK TABLES");
        } catch (SQLException gone) {
            // The server was killed or restarted: the lock went with it.
        }
        try {
            locker.close();
        } catch (SQLException ignored) {
            // As above.
        }
    }
}
