package it.perfmon.mail.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.perfmon.mail.MailMessage;
import it.perfmon.mail.MailState;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message of the outbox as administrators see it: to whom, what, and how its delivery went; not its body. */
@Schema(name = "MailMessage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailMessageResponse(
        @Schema(format = "int64") long id,
        @Schema(example = "mario.rossi@arti.toscana.it") String recipientAddress,
        @Schema(example = "Mario Rossi") String recipientName,
        @Schema(example = "Monitoraggio al 30/06/2021: 3 attività da completare") String subject,
        MailState state,
        @Schema(description = "Attempts to send it so far", format = "int32", minimum = "0") int attempts,
        @Schema(description = "When the relay tries it next (PENDING only)") Instant nextAttemptAt,
        @Schema(description = "Why the last attempt failed, if it did", example = "ConnectException: Connection refused")
        String lastError,
        Instant createdAt,
        @Schema(description = "When the SMTP server accepted it") Instant sentAt,
        @Schema(description = "The Message-ID header, the same at every attempt", example = "<3f2a9c…@arti.toscana.it>")
        String messageId,
        @Schema(description = "The user it was written for, if any", format = "int64") Long userId,
        @Schema(description = "The kind of thing it is about, if any", example = "period") String aboutKind,
        @Schema(description = "The id of the thing it is about", format = "int64") Long aboutId) {

    static MailMessageResponse of(MailMessage m) {
        return new MailMessageResponse(m.id, m.recipientAddress, m.recipientName, m.subject, m.state, m.attempts,
                m.state == MailState.PENDING ? m.nextAttemptAt : null, m.lastError, m.createdAt, m.sentAt, m.messageId,
                m.userId, m.aboutKind, m.aboutId);
    }
}
