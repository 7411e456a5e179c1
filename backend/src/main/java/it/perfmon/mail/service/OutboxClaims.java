package it.perfmon.mail.service;

import it.perfmon.common.Jdbc;
import it.perfmon.mail.MailState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The relay's short transactions on the outbox, each committed on its own so that no row lock is held while a
 * message travels to the SMTP server. Several backends may claim at once: each gets messages no other holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    private final EntityManager em;

    OutboxClaims(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims up to {@code limit} pending messages due at {@code now}, oldest first. SKIP LOCKED (MariaDB 10.6+) passes
     * over the rows another relay is claiming at this moment instead of waiting for them. Each claimed message counts
     * an attempt and is leased until {@code leaseUntil}: if this relay dies before recording the outcome, another one
     * claims it again after that time.
     */
    public List<ClaimedMail> claim(Instant now, int limit, Instant leaseUntil) {
        String token = UUID.randomUUID().toString();
        List<ClaimedMail> claimed = new ArrayList<>();
        Jdbc.work(em, connection -> {
            readCommitted(connection);
            List<Long> ids = dueIds(connection, now, limit);
            if (ids.isEmpty()) {
                return;
            }
            String in = String.join(",", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement mark = connection.prepareStatement("update mail_message set claim_token = ?, "
                    + "attempts = attempts + 1, next_attempt_at = ? where id in (" + in + ")")) {
                mark.setString(1, token);
                mark.setObject(2, Jdbc.utc(leaseUntil));
                for (int i = 0; i < ids.size(); i++) {
                    mark.setLong(i + 3, ids.get(i));
                }
                mark.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement("select id, attempts, recipient_address, "
                    + "recipient_name, subject, text_body, html_body, message_id from mail_message where claim_token = ? "
                    + "order by id")) {
                read.setString(1, token);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new ClaimedMail(rs.getLong(1), token, rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
        });
        return claimed;
    }

    /**
     * Under MariaDB's default REPEATABLE READ a locking read also locks the gaps of the index it scans, and two relays
     * claiming at once then deadlock on the index entries that their claims move. READ COMMITTED locks only the rows
     * claimed. SET TRANSACTION (without SESSION) applies to this transaction alone, which has run no statement yet.
     */
    private static void readCommitted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level read committed");
        }
    }

    private static List<Long> dueIds(Connection connection, Instant now, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id from mail_message where state = ? "
                + "and next_attempt_at <= ? order by next_attempt_at, id limit ? for update skip locked")) {
            select.setString(1, MailState.PENDING.name());
            select.setObject(2, Jdbc.utc(now));
            select.setInt(3, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Records that the SMTP server accepted the message; false when the claim was lost (its lease ran out). */
    public boolean recordSent(ClaimedMail mail, Instant at) {
        return update("update mail_message set state = 'SENT', sent_at = ?, claim_token = null, last_error = null "
                + "where id = ? and claim_token = ?", Jdbc.utc(at), mail.id(), mail.claimToken());
    }

    /** Records a failed attempt: tried again at {@code nextAttempt}, or given up when that is null. */
    public boolean recordFailure(ClaimedMail mail, String error, Instant nextAttempt) {
        MailState state = nextAttempt == null ? MailState.FAILED : MailState.PENDING;
        return update("update mail_message set state = ?, next_attempt_at = coalesce(?, next_attempt_at), "
                + "last_error = ?, claim_token = null where id = ? and claim_token = ?", state.name(),
                nextAttempt == null ? null : Jdbc.utc(nextAttempt), error, mail.id(), mail.claimToken());
    }

    /** Gives back a message that was claimed but not tried: its attempt does not count, and it waits until {@code until}. */
    public boolean release(ClaimedMail mail, Instant until) {
        return update("update mail_message set attempts = attempts - 1, next_attempt_at = ?, claim_token = null "
                + "where id = ? and claim_token = ?", Jdbc.utc(until), mail.id(), mail.claimToken());
    }

    private boolean update(String sql, Object... params) {
        int[] changed = new int[1];
        Jdbc.work(em, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    update.setObject(i + 1, params[i]);
                }
                changed[0] = update.executeUpdate();
            }
        });
        return changed[0] == 1;
    }
}
