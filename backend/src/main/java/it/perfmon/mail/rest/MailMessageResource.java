package it.perfmon.mail.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.mail.MailMessage;
import it.perfmon.mail.service.SentMail;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mail/messages")
@Tag(name = "E-mail", description = "The e-mail the service sends (reminders and notices), as queued and relayed (administrators only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class MailMessageResource {

    private final SentMail sentMail;

    MailMessageResource(SentMail sentMail) {
        this.sentMail = sentMail;
    }

    @GET
    @Operation(operationId = "listMailMessages", summary = "The e-mail queued and sent, newest first",
            description = "Every message the service has queued: recipient, subject, state (PENDING: waiting for the "
                    + "relay, or for its next attempt after a failure; SENT: accepted by the SMTP server; FAILED: given "
                    + "up after the last attempt allowed), attempts, the last error and when it is tried next. Bodies "
                    + "are not listed. Filter by state, by since (the time it was queued), by what it is about "
                    + "(aboutKind and aboutId: aboutKind=collection&aboutId=12 gives the reminders of collection 12, "
                    + "digests and late-phase notices) and by userId, the person it was written for.")
    @APIResponse(responseCode = "200", description = "A page of messages")
    public Page<MailMessageResponse> list(@BeanParam MailMessageQuery query, @Valid @BeanParam PageRequest page) {
        Page<MailMessage> found = sentMail.list(query.toFilter(), page);
        return new Page<>(found.items().stream().map(MailMessageResponse::of).toList(), found.offset(), found.limit(),
                found.total());
    }
}
