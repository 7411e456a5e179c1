package it.perfmon.answers;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.util.function.ToDoubleFunction;

/**
 * perfmon_answers_total{cache}: answers served, by the Cache-Status outcome (hit, miss, stale); and the memory the
 * kept answers take. Read from the cache's own counters at each scrape: nothing is added to the path of a request.
 */
@Singleton
public class AnswerCacheMetrics implements MeterBinder {

    private final CachedAnswers answers;

    AnswerCacheMetrics(CachedAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "hit", answers -> answers.statistics().hits());
        counter(registry, "miss", answers -> answers.statistics().misses());
        counter(registry, "stale", answers -> answers.statistics().stale());
        Gauge.builder("perfmon.answers.memory", answers, answers -> answers.statistics().bytes())
                .description("Bytes taken by the answers kept in memory").baseUnit("bytes").register(registry);
        Gauge.builder("perfmon.answers.entries", answers, answers -> answers.statistics().entries())
                .description("Answers kept in memory").register(registry);
    }

    private void counter(MeterRegistry registry, String outcome, ToDoubleFunction<CachedAnswers> count) {
        FunctionCounter.builder("perfmon.answers", answers, count)
                .description("Answers of the report and pull API, by Cache-Status outcome")
                .tag("cache", outcome).register(registry);
    }
}
