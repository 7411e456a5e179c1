package it.perfmon.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The memory's bound: least recently used out, no answer above a quarter of the budget. */
class AnswerCacheTest {

    private static Answer of(int bytes) {
        return Answer.of(new byte[bytes], "application/json", Map.of());
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedAnswerToStayWithinTheBudget() {
        AnswerCache cache = new AnswerCache(10_000);
        cache.put("a", "1:1,", of(2_000));
        cache.put("b", "1:1,", of(2_000));
        cache.put("c", "1:1,", of(2_000));
        cache.get("a"); // a is now the most recently used
        cache.put("d", "1:1,", of(2_000));
        cache.put("e", "1:1,", of(2_000));

        assertTrue(cache.get("a").isPresent(), "used lately, kept");
        assertTrue(cache.get("b").isEmpty(), "the least recently used goes first");
        assertTrue(cache.statistics().bytes() <= 10_000, "within the budget: " + cache.statistics());
    }

    @Test
    void shouldKeepNoAnswerLargerThanAQuarterOfTheBudget() {
        AnswerCache cache = new AnswerCache(10_000);
        cache.put("small", "1:1,", of(1_000));
        cache.put("large", "1:1,", of(3_000));

        assertTrue(cache.get("small").isPresent());
        assertTrue(cache.get("large").isEmpty());
    }

    @Test
    void shouldReplaceAnEntryAndCountItsBytesOnce() {
        AnswerCache cache = new AnswerCache(100_000);
        cache.put("k", "1:1,", of(1_000));
        long once = cache.statistics().bytes();
        cache.put("k", "1:2,", of(1_000));

        assertEquals(once, cache.statistics().bytes());
        assertEquals("1:2,", cache.get("k").orElseThrow().version());
        assertEquals(1, cache.statistics().entries());
    }

    @Test
    void shouldKeepNothingWithABudgetOfZero() {
        AnswerCache cache = new AnswerCache(0);
        cache.put("k", "1:1,", of(1));

        assertTrue(cache.get("k").isEmpty());
    }
}
