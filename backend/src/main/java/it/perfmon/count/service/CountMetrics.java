package it.perfmon.count.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import it.perfmon.count.service.PostedCount.Outcome;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * perfmon_counts_ingested_total{outcome}: figures posted, by what posting did to them. Counted when the transaction
 * that wrote them commits, so that a batch refused or rolled back counts nothing, as it wrote nothing.
 */
// At start, so that every series is there, at zero, from the first scrape.
@Startup
@ApplicationScoped
public class CountMetrics {

    private final Map<Outcome, Counter> ingested = new EnumMap<>(Outcome.class);
    private final TransactionSynchronizationRegistry transactions;

    CountMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        for (Outcome outcome : Outcome.values()) {
            ingested.put(outcome, Counter.builder("perfmon.counts.ingested")
                    .description("Figures posted (single and batch), by outcome, once committed")
                    .tag("outcome", outcome.name().toLowerCase())
                    .register(registry));
        }
    }

    PostedCount recorded(PostedCount posted) {
        afterCommit(Map.of(posted.outcome(), 1));
        return posted;
    }

    BatchOutcome recorded(BatchOutcome batch) {
        afterCommit(Map.of(Outcome.CREATED, batch.created(), Outcome.UPDATED, batch.updated(),
                Outcome.UNCHANGED, batch.unchanged()));
        return batch;
    }

    private void afterCommit(Map<Outcome, Integer> figures) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    figures.forEach((outcome, n) -> ingested.get(outcome).increment(n));
                }
            }
        });
    }
}
