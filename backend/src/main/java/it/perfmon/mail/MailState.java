package it.perfmon.mail;

/** Where a message of the outbox stands. */
public enum MailState {
    /** Waiting for the relay: never tried, or to be retried at its next attempt time. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: refused permanently by the SMTP server, or still failing after the last attempt allowed. */
    FAILED
}
