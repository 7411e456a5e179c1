package it.perfmon.mail.service;

/** A message a relay has claimed: what to send, and the token that lets that relay alone record the outcome. */
public record ClaimedMail(long id, String claimToken, int attempts, String recipientAddress, String recipientName,
        String subject, String text, String html, String messageId) {
}
