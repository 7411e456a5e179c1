package it.perfmon.faults.rig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the database holds, read directly (not through the API under test). */
public final class Stored {

    private Stored() {
    }

    /** How many rows the database holds under each figure's natural key (absent: none), and with which value. */
    public static Map<String, long[]> figures(Connection db, Collection<CountRow> rows) throws SQLException {
        Map<String, long[]> found = new HashMap<>();
        List<CountRow> all = List.copyOf(rows);
        for (int from = 0; from < all.size(); from += 500) {
            List<CountRow> part = all.subList(from, Math.min(all.size(), from + 500));
            String tuples = String.join(",", java.util.Collections.nCopies(part.size(), "(?,?,?,?,?)"));
            try (PreparedStatement query = db.prepareStatement("select c.indicator_id, c.component, c.span_start, "
                    + "c.span_end, u.code, count(*), max(c.count_value) from indicator_count c "
                    + "join territorial_unit u on u.id = c.territorial_unit_id "
                    + "where (c.indicator_id, c.component, c.span_start, c.span_end, u.code) in (" + tuples + ") "
                    + "group by c.indicator_id, c.component, c.span_start, c.span_end, u.code")) {
                int i = 1;
                for (CountRow row : part) {
                    query.setLong(i++, row.indicatorId());
                    query.setString(i++, row.component());
                    query.setObject(i++, row.from());
                    query.setObject(i++, row.to());
                    query.setString(i++, row.territorialUnit());
                }
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        String key = result.getLong(1) + "|" + result.getString(2) + "|"
                                + result.getObject(3, java.time.LocalDate.class) + "|"
                                + result.getObject(4, java.time.LocalDate.class) + "|" + result.getString(5);
                        found.put(key, new long[] {result.getLong(6), result.getBigDecimal(7).longValueExact()});
                    }
                }
            }
        }
        return found;
    }

    /** Fails unless every row is stored exactly once, with its value. */
    public static void assertExactlyOnce(Connection db, Collection<CountRow> rows) throws SQLException {
        Map<String, long[]> found = figures(db, rows);
        for (CountRow row : rows) {
            long[] stored = found.get(row.key());
            if (stored == null) {
                throw new AssertionError("acknowledged figure missing: " + row.key());
            }
            if (stored[0] != 1) {
                throw new AssertionError("figure stored " + stored[0] + " times: " + row.key());
            }
            if (stored[1] != row.value()) {
                throw new AssertionError("figure " + row.key() + " holds " + stored[1] + ", posted " + row.value());
            }
        }
    }

    /** Fails if any of the rows is stored. */
    public static void assertNone(Connection db, Collection<CountRow> rows) throws SQLException {
        Map<String, long[]> found = figures(db, rows);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " of " + rows.size() + " figures were kept although their "
                    + "request failed, e.g. " + found.keySet().iterator().next());
        }
    }

    public static long idempotencyKeys(Connection db, String key) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from idempotency_key where idempotency_key = ?")) {
            query.setString(1, key);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
