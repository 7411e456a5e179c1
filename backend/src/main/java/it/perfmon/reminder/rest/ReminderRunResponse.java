package it.perfmon.reminder.rest;

import it.perfmon.reminder.service.ReminderJob;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReminderRun", description = "What a run of a collection's reminders queued")
public record ReminderRunResponse(
        @Schema(format = "int64") long collectionId,
        @Schema(format = "int64") long periodId,
        @Schema(description = "The agency's day (Europe/Rome) the run was for") LocalDate day,
        @Schema(nullable = true, description = "The slot due that day: the latest reminder day on or before it; null "
                + "before the lead day") LocalDate slot,
        @Schema(nullable = true, enumeration = {"LEAD", "DEADLINE", "AFTER"},
                description = "LEAD: before the deadline; DEADLINE: on it; AFTER: every few days after it") String slotKind,
        @Schema(description = "The next reminder day after this one") LocalDate nextSlot,
        @Schema(enumeration = {"LEAD", "DEADLINE", "AFTER"}) String nextSlotKind,
        @Schema(description = "The messages this run queued; the relay sends them within seconds") List<QueuedReminderResponse> queued,
        @Schema(format = "int32", minimum = "0", description = "Messages of this slot queued by an earlier run, not queued again")
        int alreadyQueued) {

    static ReminderRunResponse of(ReminderJob.CollectionRun run) {
        return new ReminderRunResponse(run.collectionId(), run.periodId(), run.day(),
                run.slot().map(s -> s.day()).orElse(null), run.slot().map(s -> s.kind().name()).orElse(null),
                run.nextSlot().day(), run.nextSlot().kind().name(),
                run.queued().stream().map(QueuedReminderResponse::of).toList(), run.alreadyQueued());
    }
}
