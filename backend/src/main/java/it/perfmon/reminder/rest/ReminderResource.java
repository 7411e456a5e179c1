package it.perfmon.reminder.rest;

import it.perfmon.reminder.service.ReminderJob;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/periods/{periodId}/collection/reminders")
@Tag(name = "Collections")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

    private final ReminderJob job;

    ReminderResource(ReminderJob job) {
        this.job = job;
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Operation(operationId = "sendCollectionReminders", summary = "Queue the collection's reminders due today, now",
            description = "Does at once what the scheduled job does for this collection (whatever the time of day): "
                    + "the digest of the slot due today (the latest of the lead day, the deadline, and every few days "
                    + "after it) to each editor with something outstanding, an address and reminders on, and the "
                    + "notices of phases past their planned end. What an earlier run queued is not queued again "
                    + "(alreadyQueued). The messages are listed by GET /api/v1/mail/messages?aboutKind=collection&aboutId=…")
    @APIResponse(responseCode = "200", description = "What was queued",
            content = @Content(schema = @Schema(implementation = ReminderRunResponse.class)))
    @APIResponse(responseCode = "404", description = "The period has no collection")
    @APIResponse(responseCode = "409", description = "The period is closed")
    public ReminderRunResponse send(@PathParam("periodId") long periodId) {
        return ReminderRunResponse.of(job.runNow(periodId));
    }
}
