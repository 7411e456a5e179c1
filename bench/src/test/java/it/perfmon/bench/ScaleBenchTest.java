package it.perfmon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleBenchTest {

    @Test
    void shouldNameTheScaleDatabasesAfterTheBenchOneKeepingTheBenchSuffix() {
        Db bench = new Db("jdbc:mariadb://127.0.0.1:3306/perfmon_bench?createDatabaseIfNotExist=true", "root", "");

        assertEquals("perfmon_large_bench", ScaleBench.sibling(bench, "large"));
        assertEquals("jdbc:mariadb://127.0.0.1:3306/perfmon_2021_bench?createDatabaseIfNotExist=true",
                bench.named(ScaleBench.sibling(bench, "2021")).url());
    }

    @Test
    void shouldCompareFlywayVersionsPartByPart() {
        assertTrue(ScaleBench.compareVersions("10", "9") > 0);
        assertTrue(ScaleBench.compareVersions("1.10", "1.9") > 0);
        assertEquals(0, ScaleBench.compareVersions("1_2", "1.2"));
        assertEquals(0, ScaleBench.compareVersions("3", "3.0"));
    }
}
