package it.perfmon.answers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The data version of each plan (table plan_data_version): moved in the transaction of every write that can change
 * what the plan's report, values or Allegato A show, read by {@link CachedAnswers} before it serves an answer it
 * computed earlier. Because the move commits or rolls back with the write, a backend that reads the version reads it
 * as of the same commit as the data, whatever other backend made the write.
 */
@ApplicationScoped
public class PlanDataVersions {

    private static final Object PENDING_KEY = new Object();

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    PlanDataVersions(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * The plan's version moves when the current transaction commits: one update per plan and transaction, however
     * many rows it writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(long planId) {
        pending().plans.add(planId);
    }

    /**
     * The version of every plan of an organisation moves: for changes to what all its plans show (its structures,
     * its name, whether it reads publicly). Other organisations' answers stay kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void movedOrganisation(long organisationId) {
        pending().organisations.add(organisationId);
    }

    private Pending pending() {
        Pending pending = (Pending) transactions.getResource(PENDING_KEY);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING_KEY, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    /**
     * The moves of one transaction, made just before it commits. Made last, after Hibernate has written the rows, so
     * that every writer takes the version rows' locks after its data rows' and in plan order: two writers of one plan
     * then wait for each other instead of deadlocking (a count batch locks its indicators first, a result saved
     * takes a shared lock on its indicator when it is flushed).
     */
    private final class Pending implements Synchronization {

        final SortedSet<Long> plans = new TreeSet<>();
        final SortedSet<Long> organisations = new TreeSet<>();

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || (plans.isEmpty() && organisations.isEmpty())) {
                return;
            }
            // Within the transaction, the pool hands out the connection already enlisted in it.
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement move = connection.prepareStatement(moveSome(plans.size(), organisations.size()))) {
                int i = 1;
                for (long planId : plans) {
                    move.setLong(i++, planId);
                }
                for (long organisationId : organisations) {
                    move.setLong(i++, organisationId);
                }
                move.executeUpdate();
            } catch (SQLException e) {
                // Thrown from here, the exception rolls the transaction back with the write it belongs to.
                throw new IllegalStateException("moving the data version of plans " + plans + " and of organisations "
                        + organisations, e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            // Nothing kept: the next transaction starts its own.
        }
    }

    // A plan that no longer exists is left alone: its row went with it, and no answer is kept for a plan without one.
    private static String moveSome(int plans, int organisations) {
        return "insert into plan_data_version (plan_id, version) select id, 1 from plan where id in ("
                + marks(plans) + ") or organisation_id in (" + marks(organisations)
                + ") order by id on duplicate key update version = plan_data_version.version + 1";
    }

    /** SQL's "in ()" is an error; "in (null)" matches nothing. */
    private static String marks(int count) {
        return count == 0 ? "null" : String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * The version a scope of plans is at, as a token to compare for equality: "p:v," for one plan, "all;p:v,q:w,…" for
     * every plan; empty for a plan that does not exist, so that nothing is kept or served for it.
     */
    static String read(Connection connection, AnswerScope scope) throws SQLException {
        String sql = scope.planId() == null
                ? "select plan_id, version from plan_data_version order by plan_id"
                : "select plan_id, version from plan_data_version where plan_id = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (scope.planId() != null) {
                select.setLong(1, scope.planId());
            }
            StringBuilder token = new StringBuilder(scope.planId() == null ? "all;" : "");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    token.append(rows.getLong(1)).append(':').append(rows.getLong(2)).append(',');
                }
            }
            return token.toString();
        }
    }
}
