package it.perfmon.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message of the outbox. Rows are written and moved through their states with SQL by the outbox and the relay
 * (see V13__mail_outbox.sql); this mapping is for reading them.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "dedup_key")
    public String dedupKey;

    @Column(name = "recipient_address")
    public String recipientAddress;

    @Column(name = "recipient_name")
    public String recipientName;

    public String subject;

    @Column(name = "text_body", columnDefinition = "MEDIUMTEXT")
    public String textBody;

    @Column(name = "html_body", columnDefinition = "MEDIUMTEXT")
    public String htmlBody;

    /** The Message-ID header, fixed when queued so that every attempt sends the same one. */
    @Column(name = "message_id")
    public String messageId;

    @Enumerated(EnumType.STRING)
    public MailState state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claim_token", columnDefinition = "CHAR(36)")
    public String claimToken;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The person it was written for, when it was; kept as a number so that deleting the account keeps the record. */
    @Column(name = "user_id")
    public Long userId;

    /** What it is about, e.g. kind "period" and the period's id. */
    @Column(name = "about_kind")
    public String aboutKind;

    @Column(name = "about_id")
    public Long aboutId;
}
