package it.perfmon.reminder.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import it.perfmon.collection.Collection;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.mail.service.Outbox;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.rules.ReminderSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Queues the reminders due. Every backend runs it (perfmon.reminders.every); what makes each reminder go out once,
 * however many backends run at the same moment, is the outbox's dedup key, which names the collection, the slot's day
 * and the person (a late phase's notice: the phase and the person). Each message is queued in a transaction of its
 * own, so that two backends racing for the same keys wait on one row at a time and never deadlock.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final ReminderPlanner planner;
    private final Outbox outbox;
    private final PeriodService periods;
    private final AgencyClock clock;
    private final LocalTime notBefore;
    private final ReminderMetrics metrics;

    ReminderJob(ReminderPlanner planner, Outbox outbox, PeriodService periods, AgencyClock clock, PerfmonConfig config,
            ReminderMetrics metrics) {
        this.metrics = metrics;
        this.planner = planner;
        this.outbox = outbox;
        this.periods = periods;
        this.clock = clock;
        this.notBefore = config.reminders().notBefore();
    }

    /** A message this run queued. */
    public record Queued(ReminderPlanner.Kind kind, long userId, String recipientAddress, String subject) {
    }

    /** What one run did for one collection: the slot due, the next one, the messages new and those queued before. */
    public record CollectionRun(long collectionId, long periodId, LocalDate day, Optional<ReminderSchedule.Slot> slot,
            ReminderSchedule.Slot nextSlot, List<Queued> queued, int alreadyQueued) {
    }

    @Scheduled(identity = "reminders", every = "${perfmon.reminders.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            run(clock.now());
        } catch (RuntimeException e) {
            // The database is away: the next run does what this one could not, as slots stay due until the next.
            LOG.warnf("Reminders skipped this run: %s", e.toString());
        }
    }

    /**
     * Queues what is due at {@code now} for every collection of an open period. Before perfmon.reminders.not-before
     * (Europe/Rome) nothing is sent: the day's reminders wait for the morning.
     */
    @ActivateRequestContext
    public List<CollectionRun> run(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(AgencyClock.ZONE);
        if (local.toLocalTime().isBefore(notBefore)) {
            return List.of();
        }
        List<Long> open = QuarkusTransaction.requiringNew().call(() -> Collection.<Collection>list(
                "period.status = ?1 order by id", PeriodStatus.OPEN).stream().map(c -> c.id).toList());
        List<CollectionRun> runs = new ArrayList<>();
        for (long collectionId : open) {
            try {
                remind(collectionId, local.toLocalDate()).ifPresent(runs::add);
            } catch (ProblemException e) {
                // The collection's period was deleted during the run: there is nothing left to remind of.
                LOG.debugf("Reminders of collection %d skipped: %s", collectionId, e.getMessage());
            }
        }
        return runs;
    }

    /** An administrator's "now": what is due today for the period's collection, whatever the time of day. */
    @ActivateRequestContext
    public CollectionRun runNow(long periodId) {
        long collectionId = QuarkusTransaction.requiringNew().call(() -> {
            MonitoringPeriod period = periods.requireOpen(periods.get(periodId), LockModeType.NONE);
            return Collection.<Collection>find("period", period).firstResultOptional()
                    .orElseThrow(() -> ProblemException.notFound("La raccolta del periodo", periodId)).id;
        });
        return remind(collectionId, clock.today())
                .orElseThrow(() -> ProblemException.notFound("La raccolta del periodo", periodId));
    }

    private Optional<CollectionRun> remind(long collectionId, LocalDate today) {
        Optional<ReminderPlanner.Plan> planned = QuarkusTransaction.requiringNew()
                .call(() -> planner.plan(collectionId, today));
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        ReminderPlanner.Plan plan = planned.get();
        Set<String> before = QuarkusTransaction.requiringNew().call(() -> outbox.queuedAlready(
                plan.reminders().stream().map(r -> r.mail().dedupKey()).toList()));
        List<Queued> queued = new ArrayList<>();
        int already = before.size();
        for (ReminderPlanner.Reminder reminder : plan.reminders()) {
            if (before.contains(reminder.mail().dedupKey())) {
                continue;
            }
            boolean fresh;
            try {
                fresh = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(reminder.mail()));
            } catch (IllegalArgumentException e) {
                // Refused by the outbox, it would be refused at every run: say which, and go on with the others.
                LOG.errorf("Reminder %s not queued: %s", reminder.mail().dedupKey(), e.getMessage());
                continue;
            }
            if (fresh) {
                metrics.queued();
                queued.add(new Queued(reminder.kind(), reminder.userId(), reminder.mail().recipientAddress(),
                        reminder.mail().subject()));
            } else {
                already++;
            }
        }
        if (!queued.isEmpty()) {
            LOG.infof("Reminders of collection %d on %s: %d queued, %d queued before", collectionId, today,
                    queued.size(), already);
        }
        return Optional.of(new CollectionRun(plan.collectionId(), plan.periodId(), today, plan.slot(),
                plan.schedule().nextAfter(today), queued, already));
    }
}
