package it.perfmon.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Daily counts as an integration script posts them: day after day, for every ratio indicator of a plan, one figure
 * per territorial unit for the numerator and (RATIO only) the denominator. One-day spans never overlap and each
 * (indicator, component, day, unit) occurs once, so every row is valid and new; the denominator is at least 1
 * and the numerator never exceeds it.
 */
final class CountRows {

    record Unit(long id, String code) {
    }

    record Row(long indicatorId, String component, LocalDate day, Unit unit, BigDecimal value) {
    }

    private CountRows() {
    }

    /** The first {@code n} rows from 1 January of {@code year}; fails if the year is too short to hold them. */
    static List<Row> generate(List<PlanCloner.CountedIndicator> indicators, List<Unit> units, int year, int n,
            long seed) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>(n);
        LocalDate day = LocalDate.of(year, 1, 1);
        while (rows.size() < n) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(n + " counts do not fit in one year of " + indicators.size()
                        + " ratio indicators and " + units.size() + " units");
            }
            for (PlanCloner.CountedIndicator indicator : indicators) {
                for (Unit unit : units) {
                    int denominator = 1 + random.nextInt(100);
                    int numerator = random.nextInt(denominator + 1);
                    rows.add(new Row(indicator.id(), "NUMERATOR", day, unit, BigDecimal.valueOf(numerator)));
                    if (indicator.kind().equals("RATIO")) {
                        rows.add(new Row(indicator.id(), "DENOMINATOR", day, unit, BigDecimal.valueOf(denominator)));
                    }
                }
            }
            day = day.plusDays(1);
        }
        return rows.subList(0, n);
    }

    static List<Unit> units(Connection connection, long organisationId) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "select id, code from territorial_unit where organisation_id = ? order by code")) {
            s.setLong(1, organisationId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    units.add(new Unit(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return units;
    }

    /** A batch as the body of POST /api/v1/counts/batch. */
    static String json(List<Row> batch) {
        StringBuilder json = new StringBuilder(batch.size() * 130).append("{\"rows\":[");
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"indicatorId\":").append(row.indicatorId())
                    .append(",\"component\":\"").append(row.component())
                    .append("\",\"from\":\"").append(row.day())
                    .append("\",\"to\":\"").append(row.day())
                    .append("\",\"territorialUnit\":\"").append(row.unit().code())
                    .append("\",\"value\":").append(row.value().toPlainString()).append('}');
        }
        return json.append("]}").toString();
    }

    /**
     * The raw baseline: the same rows as plain JDBC batch inserts, {@code batchSize} rows per batch and transaction,
     * with the driver's defaults (as the backend has them: batched inserts go out with MariaDB's bulk protocol).
     */
    static void insert(Connection connection, List<Row> rows, int batchSize, String updatedBy) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into indicator_count "
                + "(indicator_id, component, span_start, span_end, territorial_unit_id, count_value, updated_by) "
                + "values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                insert.setLong(1, row.indicatorId());
                insert.setString(2, row.component());
                insert.setObject(3, row.day());
                insert.setObject(4, row.day());
                insert.setLong(5, row.unit().id());
                insert.setBigDecimal(6, row.value());
                insert.setString(7, updatedBy);
                insert.addBatch();
                if ((i + 1) % batchSize == 0 || i == rows.size() - 1) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
