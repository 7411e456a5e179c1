package it.perfmon.reminder.rest;

import it.perfmon.reminder.service.ReminderJob;
import it.perfmon.reminder.service.ReminderPlanner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueuedReminder", description = "A reminder queued in the outbox by this run")
public record QueuedReminderResponse(
        @Schema(description = "DIGEST: what the person's structures are asked for; PHASE_LATE: a phase passed its "
                + "planned end without an actual end") ReminderPlanner.Kind kind,
        @Schema(format = "int64") long userId,
        @Schema(example = "m.rossi@arti.toscana.it") String recipientAddress,
        @Schema(example = "Sollecito: Monitoraggio intermedio al 30/06/2021 – 3 attività da completare") String subject) {

    static QueuedReminderResponse of(ReminderJob.Queued queued) {
        return new QueuedReminderResponse(queued.kind(), queued.userId(), queued.recipientAddress(), queued.subject());
    }
}
