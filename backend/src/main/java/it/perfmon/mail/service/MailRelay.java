package it.perfmon.mail.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's messages. Every backend runs it every few seconds; each run claims a batch in a short
 * transaction ({@link OutboxClaims}), sends it with no transaction open, then records each outcome.
 *
 * <p>Delivery is at least once, not exactly once: if a backend stops after the SMTP server accepted a message but
 * before "sent" is recorded, the claim's lease runs out and another run sends the message again. No protocol can close
 * that window between two systems that do not share a transaction; the duplicate carries the same Message-ID header as
 * the first copy, so mail programs and servers that deduplicate see one message. A message is never lost: until its
 * outcome is recorded it stays PENDING, and a failed attempt is retried with exponential backoff.
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    private static final int MAX_ERROR = 1000;

    private final OutboxClaims claims;
    private final ReactiveMailer mailer;
    private final AgencyClock clock;
    private final PerfmonConfig.Mail config;
    private final RetryPolicy retries;
    private final MailMetrics metrics;

    MailRelay(OutboxClaims claims, ReactiveMailer mailer, AgencyClock clock, PerfmonConfig config, MailMetrics metrics) {
        this.metrics = metrics;
        this.claims = claims;
        this.mailer = mailer;
        this.clock = clock;
        this.config = config.mail();
        this.retries = new RetryPolicy(this.config.retryBase(), this.config.retryMax(), this.config.maxAttempts());
    }

    /** What one run did. */
    public record Run(int sent, int failed, int released) {
    }

    @Scheduled(identity = "mail-relay", every = "${perfmon.mail.relay-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            relayDue(clock.now().toInstant());
        } catch (RuntimeException e) {
            // The database is away (the messages wait in it): one line per run, not a stack trace every few seconds.
            LOG.warnf("Mail relay skipped this run: %s", describe(e));
        }
    }

    /**
     * Sends one batch of the messages due at {@code now}. When the SMTP server fails (down, refusing, timing out),
     * the rest of the batch is given back untried for the same retry time, instead of waiting for each in turn.
     */
    public Run relayDue(Instant now) {
        List<ClaimedMail> batch = claims.claim(now, config.batchSize(), now.plus(config.lease()));
        int sent = 0;
        int failed = 0;
        int released = 0;
        Instant retryAt = null;
        for (ClaimedMail mail : batch) {
            if (retryAt != null) {
                released += claims.release(mail, retryAt) ? 1 : 0;
                continue;
            }
            try {
                mailer.send(toMail(mail)).await().atMost(config.sendTimeout());
                if (!claims.recordSent(mail, now)) {
                    LOG.warnf("Mail %d was sent after its lease ran out: another relay may send it again", mail.id());
                }
                metrics.sent();
                sent++;
            } catch (RuntimeException e) {
                String error = describe(e);
                boolean givingUp = retries.givesUpAfter(mail.attempts());
                retryAt = retries.nextAttempt(now, mail.attempts());
                claims.recordFailure(mail, error, givingUp ? null : retryAt);
                LOG.warnf("Mail %d to %s not sent (attempt %d%s): %s", mail.id(), mail.recipientAddress(),
                        mail.attempts(), givingUp ? ", given up" : ", retried at " + retryAt, error);
                metrics.failed();
                failed++;
            }
        }
        return new Run(sent, failed, released);
    }

    private Mail toMail(ClaimedMail claimed) {
        String to = claimed.recipientName() == null ? claimed.recipientAddress()
                : claimed.recipientName() + " <" + claimed.recipientAddress() + ">";
        Mail mail = Mail.withText(to, claimed.subject(), claimed.text()).setFrom(config.from())
                .addHeader("Message-ID", claimed.messageId())
                // RFC 3834: written by a program, so that auto-responders do not answer it.
                .addHeader("Auto-Submitted", "auto-generated");
        if (claimed.html() != null) {
            mail.setHtml(claimed.html());
        }
        return mail;
    }

    /** The failure as an administrator can read it, e.g. "Connection refused: 127.0.0.1/127.0.0.1:3025". */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause.getMessage() == null || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
