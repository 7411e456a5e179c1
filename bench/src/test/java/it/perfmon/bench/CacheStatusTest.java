package it.perfmon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CacheStatusTest {

    @Test
    void shouldReadTheThreeAnswersOfTheBackendsCache() {
        assertEquals(CacheStatus.Kind.HIT, CacheStatus.of(List.of("perfmon; hit")));
        assertEquals(CacheStatus.Kind.MISS, CacheStatus.of(List.of("perfmon; fwd=miss")));
        assertEquals(CacheStatus.Kind.STALE, CacheStatus.of(List.of("perfmon; fwd=stale")));
    }

    @Test
    void shouldFindTheBackendsMemberAmongOtherCaches() {
        assertEquals(CacheStatus.Kind.HIT, CacheStatus.of(List.of("ExampleCDN; fwd=uri-miss, perfmon; hit")));
        assertEquals(CacheStatus.Kind.ABSENT, CacheStatus.of(List.of("ExampleCDN; hit")));
        assertEquals(CacheStatus.Kind.OTHER, CacheStatus.of(List.of("perfmon; fwd=bypass")));
    }

    @Test
    void shouldSayNoCacheRatherThanARateWhenNoAnswerCarriesTheHeader() {
        CacheStatus tally = new CacheStatus();
        tally.record(CacheStatus.of(List.of()));
        tally.record(CacheStatus.of(List.of()));

        assertNull(tally.hitRate());
        assertEquals("no cache", tally.describe().get("hitRate"));
    }

    @Test
    void shouldCountHitsOverAllAnswers() {
        CacheStatus tally = new CacheStatus();
        tally.record(CacheStatus.Kind.STALE);
        tally.record(CacheStatus.Kind.HIT);
        tally.record(CacheStatus.Kind.HIT);
        tally.record(CacheStatus.Kind.HIT);

        assertEquals(0.75, tally.hitRate());
        assertEquals(0.75, tally.describe().get("hitRate"));
    }
}
