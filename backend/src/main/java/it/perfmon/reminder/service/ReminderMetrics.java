package it.perfmon.reminder.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import it.perfmon.mail.service.MailMetrics;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * perfmon_reminders_queued_total: reminders (solleciti) this backend put in the outbox; perfmon_reminders_waiting:
 * reminders of every backend still to send. Once sent they count in perfmon_mail_sent_total with the other mail.
 */
// At start, so that every series is there, at zero, from the first scrape.
@Startup
@ApplicationScoped
public class ReminderMetrics {

    private final Counter queued;

    ReminderMetrics(MeterRegistry registry, MailMetrics mail) {
        this.queued = Counter.builder("perfmon.reminders.queued")
                .description("Reminders queued in the outbox by this backend").register(registry);
        Gauge.builder("perfmon.reminders.waiting", mail, m -> m.waiting(ReminderPlanner.ABOUT_COLLECTION))
                .description("Reminders waiting in the outbox to be sent (all backends)").register(registry);
    }

    void queued() {
        queued.increment();
    }
}
