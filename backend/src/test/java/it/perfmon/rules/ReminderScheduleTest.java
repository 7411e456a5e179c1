package it.perfmon.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.perfmon.rules.ReminderSchedule.Slot;
import it.perfmon.rules.ReminderSchedule.SlotKind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reminder days of a collection due on 15/07/2021, three days ahead and every two days after. */
class ReminderScheduleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2021, 7, 15);
    private static final ReminderSchedule SCHEDULE = new ReminderSchedule(DEADLINE, 3, 2);

    private static LocalDate july(int day) {
        return LocalDate.of(2021, 7, day);
    }

    @Test
    void shouldHaveNothingDueBeforeTheLeadDay() {
        assertEquals(Optional.empty(), SCHEDULE.dueOn(july(11)));
        assertEquals(Optional.empty(), SCHEDULE.dueOn(LocalDate.of(2021, 6, 30)));
    }

    @Test
    void shouldKeepTheLeadDaySlotDueUntilTheDeadline() {
        Optional<Slot> lead = Optional.of(new Slot(july(12), SlotKind.LEAD));
        assertEquals(lead, SCHEDULE.dueOn(july(12)));
        assertEquals(lead, SCHEDULE.dueOn(july(13)));
        assertEquals(lead, SCHEDULE.dueOn(july(14)));
    }

    @Test
    void shouldHaveTheDeadlineSlotOnTheDeadlineAndTheDayAfter() {
        Optional<Slot> deadline = Optional.of(new Slot(DEADLINE, SlotKind.DEADLINE));
        assertEquals(deadline, SCHEDULE.dueOn(july(15)));
        assertEquals(deadline, SCHEDULE.dueOn(july(16)));
    }

    @Test
    void shouldRepeatEveryTwoDaysAfterTheDeadline() {
        assertEquals(Optional.of(new Slot(july(17), SlotKind.AFTER)), SCHEDULE.dueOn(july(17)));
        assertEquals(Optional.of(new Slot(july(17), SlotKind.AFTER)), SCHEDULE.dueOn(july(18)));
        assertEquals(Optional.of(new Slot(july(19), SlotKind.AFTER)), SCHEDULE.dueOn(july(19)));
        assertEquals(Optional.of(new Slot(LocalDate.of(2021, 8, 30), SlotKind.AFTER)),
                SCHEDULE.dueOn(LocalDate.of(2021, 8, 31)));
    }

    @Test
    void shouldStartOnTheDeadlineWithNoLeadDays() {
        ReminderSchedule noLead = new ReminderSchedule(DEADLINE, 0, 7);
        assertEquals(Optional.empty(), noLead.dueOn(july(14)));
        assertEquals(Optional.of(new Slot(DEADLINE, SlotKind.DEADLINE)), noLead.dueOn(july(21)));
        assertEquals(Optional.of(new Slot(july(22), SlotKind.AFTER)), noLead.dueOn(july(22)));
        assertEquals(new Slot(DEADLINE, SlotKind.DEADLINE), noLead.nextAfter(july(1)));
    }

    @Test
    void shouldNameTheNextSlotAfterADay() {
        assertEquals(new Slot(july(12), SlotKind.LEAD), SCHEDULE.nextAfter(july(1)));
        assertEquals(new Slot(DEADLINE, SlotKind.DEADLINE), SCHEDULE.nextAfter(july(12)));
        assertEquals(new Slot(july(17), SlotKind.AFTER), SCHEDULE.nextAfter(july(15)));
        assertEquals(new Slot(july(19), SlotKind.AFTER), SCHEDULE.nextAfter(july(17)));
        assertEquals(new Slot(july(19), SlotKind.AFTER), SCHEDULE.nextAfter(july(18)));
    }

    @Test
    void shouldRefuseANegativeLeadOrAFrequencyBelowOneDay() {
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(DEADLINE, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new ReminderSchedule(DEADLINE, 3, 0));
    }
}
