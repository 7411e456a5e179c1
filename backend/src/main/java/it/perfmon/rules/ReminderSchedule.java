package it.perfmon.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When the reminders of a collection go out: on the lead day ({@code leadDays} before the deadline), on the deadline,
 * then every {@code everyDays} after it. Days are the agency's calendar days.
 */
public record ReminderSchedule(LocalDate deadline, int leadDays, int everyDays) {

    public ReminderSchedule {
        if (deadline == null || leadDays < 0 || everyDays < 1) {
            throw new IllegalArgumentException("a deadline, leadDays >= 0 and everyDays >= 1 are required");
        }
    }

    public enum SlotKind {
        /** Before the deadline: a reminder that it is near. */
        LEAD,
        /** On the deadline day. */
        DEADLINE,
        /** After the deadline: a reminder that it has passed. */
        AFTER
    }

    /** One day on which reminders go out. */
    public record Slot(LocalDate day, SlotKind kind) {
    }

    /**
     * The latest slot on or before {@code today}, which is the one due: a slot missed (no backend ran that day) is
     * still sent on a later day, until the next slot takes its place. Empty before the lead day.
     */
    public Optional<Slot> dueOn(LocalDate today) {
        LocalDate lead = deadline.minusDays(leadDays);
        if (today.isBefore(lead)) {
            return Optional.empty();
        }
        if (today.isBefore(deadline)) {
            return Optional.of(new Slot(lead, SlotKind.LEAD));
        }
        long after = ChronoUnit.DAYS.between(deadline, today) / everyDays * everyDays;
        return Optional.of(after == 0 ? new Slot(deadline, SlotKind.DEADLINE)
                : new Slot(deadline.plusDays(after), SlotKind.AFTER));
    }

    /** The first slot after {@code day}. */
    public Slot nextAfter(LocalDate day) {
        LocalDate lead = deadline.minusDays(leadDays);
        if (day.isBefore(lead)) {
            return new Slot(lead, leadDays == 0 ? SlotKind.DEADLINE : SlotKind.LEAD);
        }
        if (day.isBefore(deadline)) {
            return new Slot(deadline, SlotKind.DEADLINE);
        }
        long after = (ChronoUnit.DAYS.between(deadline, day) / everyDays + 1) * everyDays;
        return new Slot(deadline.plusDays(after), SlotKind.AFTER);
    }
}
