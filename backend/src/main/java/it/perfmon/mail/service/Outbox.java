package it.perfmon.mail.service;

import it.perfmon.common.AgencyClock;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queues e-mail in the caller's transaction: the message exists if and only if the caller's change commits, and the
 * relay ({@link MailRelay}) sends it afterwards. Queueing the same dedup key twice leaves one message.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into mail_message (dedup_key, recipient_address, recipient_name, subject, text_body, html_body,
                message_id, state, attempts, next_attempt_at, created_at, user_id, about_kind, about_id)
            values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)""";

    private static final Pattern DOMAIN = Pattern.compile("@([^\\s<>@]+)>?\\s*$");

    /** MariaDB's ER_DUP_ENTRY. */
    private static final int DUPLICATE_ENTRY = 1062;

    private final EntityManager em;
    private final AgencyClock clock;
    private final String messageIdDomain;

    Outbox(EntityManager em, AgencyClock clock, PerfmonConfig config) {
        this.em = em;
        this.clock = clock;
        this.messageIdDomain = domainOf(config.mail().from());
    }

    /**
     * Queues the message unless one with the same dedup key was queued already (by this transaction, an earlier
     * one, or a concurrent one that then commits). Returns whether it was new.
     *
     * <p>A plain INSERT whose duplicate-key error is caught, rather than INSERT IGNORE, which would also turn a
     * foreign key violation or a too long text into a silent "not new". MariaDB undoes only the failed statement,
     * and the error is caught before Hibernate sees it, so the caller's transaction goes on unharmed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        mail.check();
        Instant now = clock.now().toInstant();
        boolean[] inserted = new boolean[1];
        Jdbc.work(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, mail.dedupKey());
                insert.setString(2, mail.recipientAddress());
                insert.setString(3, mail.recipientName());
                insert.setString(4, mail.subject());
                insert.setString(5, mail.text());
                insert.setString(6, mail.html());
                insert.setString(7, messageId(mail.dedupKey()));
                insert.setObject(8, Jdbc.utc(now));
                insert.setObject(9, Jdbc.utc(now));
                setLong(insert, 10, mail.userId());
                insert.setString(11, mail.aboutKind());
                setLong(insert, 12, mail.aboutId());
                inserted[0] = insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (e.getErrorCode() != DUPLICATE_ENTRY || !String.valueOf(e.getMessage()).contains("uk_mail_message_dedup")) {
                    throw e;
                }
            }
        });
        return inserted[0];
    }

    /**
     * Which of these dedup keys are queued already: a caller that queues the same messages again and again (a job
     * every few minutes) asks first, so that only a true race reaches the unique key, whose refusal the driver logs.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> queuedAlready(Collection<String> dedupKeys) {
        if (dedupKeys.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select m.dedupKey from MailMessage m where m.dedupKey in :keys", String.class)
                .setParameter("keys", dedupKeys).getResultList());
    }

    /**
     * The same Message-ID at every attempt, derived from the dedup key: when a message is sent again because the
     * relay stopped between sending it and recording it, mail programs can tell it is the same message.
     */
    String messageId(String dedupKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 20) + ".outbox@" + messageIdDomain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The domain of the sender's address, as mail programs expect in a Message-ID. */
    static String domainOf(String from) {
        Matcher domain = DOMAIN.matcher(from);
        return domain.find() ? domain.group(1) : "localhost";
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
