package it.perfmon.faults.rig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands out figures that no other test posts: a lane is (ratio indicator of the plan of a year, component,
 * territorial unit), and its days are given out one after another. So every figure a test posts is new, and
 * "stored exactly once" is a plain count of rows. The year's plan must hold no figures yet (a seeded total would
 * overlap the tests' daily figures).
 */
public final class Lanes {

    private record Lane(long indicatorId, String component, String unit) {
    }

        private static final int DAYS = 365;

    private final List<Lane> lanes;
    private final LocalDate firstDay;
    private int lane;
    private int day;
    private long serial;

    private Lanes(List<Lane> lanes, int year) {
        this.lanes = lanes;
        this.firstDay = LocalDate.of(year, 1, 1);
    }

    public static Lanes load(Connection db, int year) throws SQLException {
        List<Lane> lanes = new ArrayList<>();
        List<String> units = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select u.code from territorial_unit u join plan p on p.organisation_id = u.organisation_id
                where p.plan_year = ? order by u.code""")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                units.add(rows.getString(1));
            }
            }
        }
        try (PreparedStatement query = db.prepareStatement("""
                select i.id, i.kind from indicator i join objective o on o.id = i.objective_id
                join plan p on p.id = o.plan_id where p.plan_year = ? and i.kind in ('RATIO', 'RATIO_PLANNED')
                and not exists (select 1 from indicator_count c where c.indicator_id = i.id)
                order by i.id""")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                for (String unit : units) {
                    lanes.add(new Lane(rows.getLong(1), "NUMERATOR", unit));
                    if ("RATIO".equals(rows.getString(2))) {
                        lanes.add(new Lane(rows.getLong(1), "DENOMINATOR", unit));
                    }
                }
            }
            }
        }
        if (lanes.isEmpty()) {
            throw new IllegalStateException("The " + year + " plan has no ratio indicator without figures, or no territorial unit");
        }
        return new Lanes(lanes, year);
    }

    /** n figures never handed out before, each with a value of its own. */
    public synchronized List<CountRow> take(int n) {
        List<CountRow> rows = new ArrayList<>(n);
        while (rows.size() < n) {
            if (day == DAYS) {
                day = 0;
                lane++;
            }
            if (lane == lanes.size()) {
                throw new IllegalStateException("Out of lanes: the tests ask for more figures than the plan has days and lanes");
            }
            Lane current = lanes.get(lane);
            LocalDate date = firstDay.plusDays(day++);
            rows.add(new CountRow(current.indicatorId(), current.component(), date, date, current.unit(),
                    1000 + (serial++ % 90_000)));
        }
        return rows;
    }
}
