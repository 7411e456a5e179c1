package it.perfmon.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes a larger plan by copying a real one (the 2021 ARTI plan) several times into another year, straight into
 * the tables with JDBC: areas, objectives, indicators, phases, results and, on request, counts. Rows are copied
 * column by column as the schema has them, so columns added by later migrations are carried over too; only keys,
 * dates and the fields that must stay unique are rewritten. Copy k of area n becomes area n + k·10 (n + k·100 when
 * the plan has ten areas or more), and its objectives' codes follow (1.2 → 11.2 → 21.2…); objective weights are
 * divided by the number of copies so that the plan's total stays what it was.
 */
final class PlanCloner {

    /** An indicator that receives counts: RATIO takes numerators and denominators, RATIO_PLANNED numerators only. */
    record CountedIndicator(long id, String kind) {
    }

    record Cloned(long planId, int year, Map<String, Long> periodIdsByKind, int areas, int objectives, int indicators,
            int phases, int results, int counts, List<CountedIndicator> countedIndicators) {
    }

    private final Connection connection;
    private final Map<String, Set<String>> skippedColumns = new HashMap<>();

    PlanCloner(Connection connection) {
        this.connection = connection;
    }

    /**
     * Copies plan {@code sourcePlanId} {@code times} times into one new plan of {@code organisationId} for
     * {@code year}; structures and territorial units are matched by code in the target organisation.
     */
    Cloned clone(long sourcePlanId, long organisationId, int year, int times, boolean copyCounts) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Cloned cloned = copy(sourcePlanId, organisationId, year, times, copyCounts);
            connection.commit();
            return cloned;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Cloned copy(long sourcePlanId, long organisationId, int year, int times, boolean copyCounts)
            throws SQLException {
        Map<String, Object> source = rows("select * from plan where id = " + sourcePlanId).get(0);
        int shift = year - ((Number) source.get("plan_year")).intValue();
        Function<Object, Object> shiftDate = value -> value == null ? null : Date.valueOf(
                (value instanceof LocalDate date ? date : ((Date) value).toLocalDate()).plusYears(shift));
        long sourceOrganisation = ((Number) source.get("organisation_id")).longValue();
        Map<Long, Long> structures = byCode("responsible_structure", sourceOrganisation, organisationId);
        Map<Long, Long> units = byCode("territorial_unit", sourceOrganisation, organisationId);

        long planId = insert("plan", source, Map.of(
                "organisation_id", v -> organisationId,
                "plan_year", v -> year,
                "title", v -> ((String) v).replace(Integer.toString(year - shift), Integer.toString(year))
                        + (times > 1 ? " (generato: " + times + " volte il piano " + (year - shift) + ")" : "")));

        Map<Long, Long> periods = new HashMap<>();
        Map<String, Long> periodIdsByKind = new LinkedHashMap<>();
        for (Map<String, Object> period : rows("select * from monitoring_period where plan_id = " + sourcePlanId)) {
            Map<String, Function<Object, Object>> overrides = new HashMap<>();
            overrides.put("plan_id", v -> planId);
            overrides.put("reference_date", shiftDate);
            overrides.put("label", v -> ((String) v).replace(Integer.toString(year - shift), Integer.toString(year)));
            overrides.put("status", v -> "OPEN");
            overrides.put("closed_at", v -> null);
            overrides.put("closed_by", v -> null);
            long id = insert("monitoring_period", period, overrides);
            periods.put(id(period), id);
            periodIdsByKind.put((String) period.get("kind"), id);
        }

        List<Map<String, Object>> areas = rows("select * from strategic_area where plan_id = " + sourcePlanId);
        int maxArea = areas.stream().mapToInt(a -> ((Number) a.get("number")).intValue()).max().orElse(0);
        int step = maxArea < 10 ? 10 : 100;
        List<Map<String, Object>> objectives = rows("select * from objective where plan_id = " + sourcePlanId);
        String inPlan = "(select id from objective where plan_id = " + sourcePlanId + ")";
        List<Map<String, Object>> indicators = rows("select * from indicator where objective_id in " + inPlan);
        List<Map<String, Object>> phases = rows("select * from phase where objective_id in " + inPlan);
        List<Map<String, Object>> results = rows("select * from indicator_result where indicator_id in "
                + "(select id from indicator where objective_id in " + inPlan + ")");
        List<Map<String, Object>> counts = copyCounts ? rows("select * from indicator_count where indicator_id in "
                + "(select id from indicator where objective_id in " + inPlan + ")") : List.of();

        int copiedCounts = 0;
        List<CountedIndicator> counted = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            int offset = k * step;
            Map<Long, Long> areaIds = new HashMap<>();
            Map<Long, Integer> areaNumbers = new HashMap<>();
            for (Map<String, Object> area : areas) {
                int number = ((Number) area.get("number")).intValue() + offset;
                areaIds.put(id(area), insert("strategic_area", area, Map.of("plan_id", v -> planId, "number", v -> number)));
                areaNumbers.put(id(area), number);
            }
            Map<Long, Long> objectiveIds = new HashMap<>();
            for (Map<String, Object> objective : objectives) {
                long sourceArea = ((Number) objective.get("area_id")).longValue();
                String code = (String) objective.get("code");
                String newCode = areaNumbers.get(sourceArea) + code.substring(code.indexOf('.'));
                Map<String, Function<Object, Object>> overrides = new HashMap<>();
                overrides.put("plan_id", v -> planId);
                overrides.put("area_id", v -> areaIds.get(sourceArea));
                overrides.put("code", v -> newCode);
                overrides.put("responsible_structure_id", v -> structures.get(((Number) v).longValue()));
                overrides.put("weight", v -> v == null ? null : ((BigDecimal) v).divide(BigDecimal.valueOf(times), 2,
                        RoundingMode.HALF_UP));
                overrides.put("deadline", shiftDate);
                int timelineOffset = offset;
                overrides.put("timeline_number", v -> v == null ? null : ((Number) v).intValue() + timelineOffset);
                objectiveIds.put(id(objective), insert("objective", objective, overrides));
            }
            Map<Long, Long> indicatorIds = new HashMap<>();
            for (Map<String, Object> indicator : indicators) {
                long objectiveId = objectiveIds.get(((Number) indicator.get("objective_id")).longValue());
                long id = insert("indicator", indicator, Map.of("objective_id", v -> objectiveId,
                        "previous_indicator_id", v -> null));
                indicatorIds.put(id(indicator), id);
                String kind = (String) indicator.get("kind");
                if (kind.equals("RATIO") || kind.equals("RATIO_PLANNED")) {
                    counted.add(new CountedIndicator(id, kind));
                }
            }
            for (Map<String, Object> phase : phases) {
                long objectiveId = objectiveIds.get(((Number) phase.get("objective_id")).longValue());
                insert("phase", phase, Map.of("objective_id", v -> objectiveId, "planned_start", shiftDate,
                        "planned_end", shiftDate, "actual_end", shiftDate));
            }
            for (Map<String, Object> result : results) {
                insert("indicator_result", result, Map.of(
                        "indicator_id", v -> indicatorIds.get(((Number) v).longValue()),
                        "period_id", v -> periods.get(((Number) v).longValue())));
            }
            for (Map<String, Object> count : counts) {
                insert("indicator_count", count, Map.of(
                        "indicator_id", v -> indicatorIds.get(((Number) v).longValue()),
                        "territorial_unit_id", v -> v == null ? null : units.get(((Number) v).longValue()),
                        "span_start", shiftDate, "span_end", shiftDate));
                copiedCounts++;
            }
        }
        return new Cloned(planId, year, periodIdsByKind, areas.size() * times, objectives.size() * times,
                indicators.size() * times, phases.size() * times, results.size() * times, copiedCounts, counted);
    }

    /** Ids of the source organisation's rows mapped to the target's rows with the same code. */
    private Map<Long, Long> byCode(String table, long from, long to) throws SQLException {
        Map<Long, Long> mapped = new HashMap<>();
        for (Map<String, Object> row : rows("select s.id, t.id as target from " + table + " s join " + table
                + " t on t.code = s.code and t.organisation_id = " + to + " where s.organisation_id = " + from)) {
            mapped.put(id(row), ((Number) row.get("target")).longValue());
        }
        return mapped;
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Inserts a copy of {@code row}, minus its id and generated columns, with some columns rewritten. */
    private long insert(String table, Map<String, Object> row, Map<String, Function<Object, Object>> overrides)
            throws SQLException {
        Set<String> skipped = skipped(table);
        List<String> columns = row.keySet().stream().filter(c -> !skipped.contains(c)).toList();
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                Object value = row.get(column);
                insert.setObject(i + 1, overrides.containsKey(column) ? overrides.get(column).apply(value) : value);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** The auto-increment key and the generated (virtual or persistent) columns, which the server computes. */
    private Set<String> skipped(String table) throws SQLException {
        Set<String> known = skippedColumns.get(table);
        if (known != null) {
            return known;
        }
        Set<String> skipped = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = database() and table_name = ? "
                + "and (extra like '%auto_increment%' or extra like '%GENERATED%' or extra like '%VIRTUAL%' "
                + "or extra like '%PERSISTENT%' or extra like '%STORED%')")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    skipped.add(rs.getString(1).toLowerCase());
                }
            }
        }
        skippedColumns.put(table, skipped);
        return skipped;
    }
}
