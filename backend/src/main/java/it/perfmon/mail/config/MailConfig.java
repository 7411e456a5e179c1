package it.perfmon.mail.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Settings of the outbox and its relay; the MONITOR_MAIL_* environment variables of the README map onto these. The
 * SMTP server itself is Quarkus Mailer's (quarkus.mailer.*, MONITOR_SMTP_*).
 */
@ConfigMapping(prefix = "perfmon.mail")
public interface MailConfig {

    /** The sender, e.g. {@code Monitoraggio della performance <performance@agenzia.example>}. */
    @WithDefault("Monitoraggio della performance <perfmon@localhost>")
    String from();

    /** How often each backend looks for messages to send ("off" stops the relay of this backend). */
    @WithName("relay-interval")
    @WithDefault("5s")
    String relayInterval();

    /** Messages one relay claims at a time. */
    @WithName("batch-size")
    @WithDefault("20")
    int batchSize();

    /** Attempts before a message is given up as FAILED. */
    @WithName("max-attempts")
    @WithDefault("30")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles with every further one, up to retry-max. */
    @WithName("retry-base")
    @WithDefault("PT30S")
    Duration retryBase();

    @WithName("retry-max")
    @WithDefault("PT2H")
    Duration retryMax();

    /** How long one message may take to be accepted by the SMTP server before the attempt counts as failed. */
    @WithName("send-timeout")
    @WithDefault("PT20S")
    Duration sendTimeout();

    /**
     * How long a claimed message is left to its relay before another may claim it again: longer than a batch can
     * take to send (batch-size × send-timeout), or a slow batch would be sent twice.
     */
    @WithDefault("PT10M")
    Duration lease();
}
