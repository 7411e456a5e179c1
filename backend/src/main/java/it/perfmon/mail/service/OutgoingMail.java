package it.perfmon.mail.service;

import it.perfmon.common.EmailAddresses;

/**
 * A message to queue. The dedup key names what the message is, so that queueing it again is harmless: for a digest,
 * e.g. {@code reminder:12:2021-07-12:7} (collection, day of the reminder's slot, person). Recipient name, HTML, user and
 * subject of the message ({@code aboutKind}/{@code aboutId}, e.g. "collection" and its id) are optional.
 */
public record OutgoingMail(String dedupKey, String recipientAddress, String recipientName, String subject, String text,
        String html, Long userId, String aboutKind, Long aboutId) {

    static final int MAX_KEY = 191;
    static final int MAX_ADDRESS = EmailAddresses.MAX_LENGTH;
    static final int MAX_NAME = 255;
    static final int MAX_SUBJECT = 255;
    static final int MAX_KIND = 32;

    /** A message to someone about nothing in particular, with both parts. */
    public static OutgoingMail of(String dedupKey, String recipientAddress, String recipientName, String subject,
            String text, String html) {
        return new OutgoingMail(dedupKey, recipientAddress, recipientName, subject, text, html, null, null, null);
    }

    public OutgoingMail forUser(long id) {
        return new OutgoingMail(dedupKey, recipientAddress, recipientName, subject, text, html, id, aboutKind, aboutId);
    }

    public OutgoingMail about(String kind, long id) {
        return new OutgoingMail(dedupKey, recipientAddress, recipientName, subject, text, html, userId, kind, id);
    }

    /**
     * Refuses what would fail at every attempt or let a caller's text into another header: a caller's mistake, so an
     * IllegalArgumentException, before anything is written.
     */
    void check() {
        require(dedupKey, "dedupKey", MAX_KEY);
        require(recipientAddress, "recipientAddress", MAX_ADDRESS);
        require(subject, "subject", MAX_SUBJECT);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
        if (!EmailAddresses.isValid(recipientAddress)) {
            throw new IllegalArgumentException("not an e-mail address: " + recipientAddress);
        }
        if (recipientName != null) {
            require(recipientName, "recipientName", MAX_NAME);
            if (recipientName.matches(".*[<>\",;()].*")) {
                throw new IllegalArgumentException("recipientName must not hold < > \" , ; ( ): " + recipientName);
            }
        }
        if (aboutKind != null) {
            require(aboutKind, "aboutKind", MAX_KIND);
        }
    }

    private static void require(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters on one line");
        }
    }
}
