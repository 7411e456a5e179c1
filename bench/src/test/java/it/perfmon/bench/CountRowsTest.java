package it.perfmon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CountRowsTest {

    private static final List<CountRows.Unit> UNITS = List.of(new CountRows.Unit(1, "AR-SI"), new CountRows.Unit(2, "FI-PO"),
            new CountRows.Unit(3, "LU-PT"), new CountRows.Unit(4, "PI-MS"), new CountRows.Unit(5, "GR-LI"));
    private static final List<PlanCloner.CountedIndicator> INDICATORS = IntStream.rangeClosed(1, 60)
            .mapToObj(i -> new PlanCloner.CountedIndicator(i, i % 2 == 0 ? "RATIO" : "RATIO_PLANNED")).toList();

    @Test
    void shouldMakeOnlyNewFiguresThatTheApiAccepts() {
        List<CountRows.Row> rows = CountRows.generate(INDICATORS, UNITS, 2030, 100_000, 1);

        assertEquals(100_000, rows.size());
        Set<String> keys = new HashSet<>();
        for (CountRows.Row row : rows) {
            assertTrue(keys.add(row.indicatorId() + row.component() + row.day() + row.unit().code()), "unique natural key");
            assertEquals(2030, row.day().getYear());
            assertTrue(row.component().equals("NUMERATOR") || row.indicatorId() % 2 == 0,
                    "denominators only for RATIO indicators");
        }
    }

    @Test
    void shouldNeverPutANumeratorAboveItsDenominatorNorADenominatorAtZero() {
        Map<String, List<CountRows.Row>> byLane = CountRows.generate(INDICATORS, UNITS, 2030, 20_000, 2).stream()
                .filter(r -> r.indicatorId() % 2 == 0)
                .collect(Collectors.groupingBy(r -> r.indicatorId() + "/" + r.day() + "/" + r.unit().code()));
        for (List<CountRows.Row> lane : byLane.values()) {
            if (lane.size() == 2) {
                assertTrue(lane.get(0).value().compareTo(lane.get(1).value()) <= 0);
                assertTrue(lane.get(1).value().signum() > 0);
            }
        }
    }

    @Test
    void shouldRefuseMoreFiguresThanTheYearHolds() {
        assertThrows(IllegalArgumentException.class,
                () -> CountRows.generate(INDICATORS.subList(0, 1), UNITS, 2030, 100_000, 3));
    }

    @Test
    void shouldWriteTheBatchAsTheApiReadsIt() {
        String json = CountRows.json(CountRows.generate(INDICATORS.subList(1, 2), UNITS.subList(0, 1), 2030, 2, 4));

        assertTrue(json.startsWith("{\"rows\":[{\"indicatorId\":2,\"component\":\"NUMERATOR\",\"from\":\"2030-01-01\","
                + "\"to\":\"2030-01-01\",\"territorialUnit\":\"AR-SI\",\"value\":"), json);
        assertTrue(json.contains("{\"indicatorId\":2,\"component\":\"DENOMINATOR\""), json);
    }
}
