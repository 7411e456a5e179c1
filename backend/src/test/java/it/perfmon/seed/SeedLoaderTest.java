package it.perfmon.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.phase.Phase;
import it.perfmon.plan.Plan;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading the default data set again, as every restart does, must change nothing. */
@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Test
    void shouldNotLoadTheDefaultDataSetTwice() {
        List<Long> before = rowCounts();
        loader.load();
        assertEquals(before, rowCounts());
    }

    @Test
    void shouldKeepWhatUsersChangedWhenLoadingAgain() {
        String original = QuarkusTransaction.requiringNew().call(() -> {
            Objective objective = Objective.find("code = ?1 and plan.year = 2021", "3.2").firstResult();
            String title = objective.title;
            objective.title = title + " (rivisto)";
            return title;
        });
        try {
            loader.load();
            String after = QuarkusTransaction.requiringNew().call(
                    () -> Objective.<Objective>find("code = ?1 and plan.year = 2021", "3.2").firstResult().title);
            assertEquals(original + " (rivisto)", after);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Objective.<Objective>find("code = ?1 and plan.year = 2021", "3.2").firstResult().title = original);
        }
    }

    private static List<Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> List.of(Plan.count(), Objective.count(), Indicator.count(),
                Phase.count(), IndicatorCount.count(), IndicatorResult.count()));
    }
}
