package it.perfmon.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The table of BENCHMARKS.md as a reader sees it: goals, met or not, the load, and gaps said as gaps. */
class ResultsTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void shouldSayNotMeasuredForEveryGoalOfAnEmptyRun() throws Exception {
        String table = Results.table(json("{'date': 'd', 'machine': {'cores': 2}, 'scale': {'skipped': '--scale=off'}}"));

        assertTrue(table.contains("| Plan report `GET /api/v1/plans/{id}/report` | not measured |"), table);
        assertTrue(table.contains("| not measured (--scale=off) |  |  | ≤ 2× the 2021-only database | not measured |"), table);
        assertTrue(table.contains("| Lighthouse performance, desktop | not measured (--lighthouse-runs=0) |"), table);
        assertFalse(table.contains("| yes |"), table);
    }

    @Test
    void shouldGiveTheReadGoalTheCacheAndTheLoadBesideIt() throws Exception {
        String table = Results.table(json("""
                {'date': 'd', 'machine': {'cores': 2}, 'pullApi': {'loadAverage': 0.42, 'concurrency': 16,
                 'apiPerSecond': 2500.0, 'rawPerSecond': 2000.0, 'ratio': 1.25, 'rawStatementsPerReplay': 5,
                 'cacheStatus': {'responses': 1000, 'hitRate': 0.999},
                 'missCost': {'samples': 7, 'afterWriteMedianMillis': 9.5, 'repeatedMedianMillis': 1.2,
                  'missOverHit': 7.9, 'cache': 'Cache-Status present', 'loadAverage': 0.5,
                  'afterWriteCacheStatus': {'fwdStale': 7}, 'repeatedCacheStatus': {'hit': 7}}}}"""));

        assertTrue(table.contains("| 2500.0 req/s | raw JDBC, its own 5 statements: 2000.0 /s | 1.25× | ≥ 1.0× | yes | 0.42 |"),
                table);
        assertTrue(table.contains("| 99.9 % of 1000 responses |  |  | reported | — | 0.42 |"), table);
        assertTrue(table.contains("| 9.5 ms | repeated: 1.2 ms, Cache-Status 7 fwd=stale then 7 hit | 7.90× |"), table);
    }

    @Test
    void shouldNotPublishALighthouseScoreTakenOnABusyMachine() throws Exception {
        String table = Results.table(json("""
                {'date': 'd', 'machine': {'cores': 2}, 'lighthouse': {'url': 'http://h/piani/1', 'quietLoad': 1.0,
                 'scores': [], 'score': null, 'skipped': [{'run': 1, 'loadAverage': 3.5}], 'notMeasuredLoad': 3.5}}"""));

        assertTrue(table.contains("| not measured (load 3.50) |  |  | ≥ 95, at a load ≤ 1.0 | not measured | 3.50 |"), table);
    }

    @Test
    void shouldCompareTheStartWithTheMinimalAppOnlyWhenItWasMeasured() throws Exception {
        String without = Results.table(json("{'date': 'd', 'machine': {'cores': 2}, 'start': {'millis': [4000],"
                + " 'medianMillis': 4000, 'medianRssMB': 280}}"));
        String with = Results.table(json("{'date': 'd', 'machine': {'cores': 2}, 'start': {'millis': [4000],"
                + " 'medianMillis': 4000, 'medianRssMB': 280}, 'startBaseline': {'medianMillis': 2000}}"));

        String nested = Results.table(json("{'date': 'd', 'machine': {'cores': 2}, 'start': {'millis': [3000],"
                + " 'medianMillis': 3000, 'medianRssMB': 280, 'ratio': 1.4, 'cpuRatio': 1.3,"
                + " 'baseline': {'medianMillis': 2100, 'medianCpuMillis': 2500}}}"));

        assertTrue(without.contains("| minimal Quarkus app: not measured |  | ≤ 1.5× | not measured |"), without);
        assertTrue(with.contains("| minimal Quarkus app: 2.00 s | 2.00× | ≤ 1.5× | **no** |"), with);
        assertTrue(nested.contains("| minimal Quarkus app: 2.10 s (CPU 2.50 s) | 1.40× (CPU 1.30×) | ≤ 1.5× | yes |"),
                nested);
    }
}
