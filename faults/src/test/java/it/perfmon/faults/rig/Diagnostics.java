package it.perfmon.faults.rig;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the server was doing, for the message of a test that failed waiting for it. */
public final class Diagnostics {

    private Diagnostics() {
    }

    public static String sessions(Rig rig) {
        StringBuilder out = new StringBuilder();
        try (Connection c = rig.connect(); Statement query = c.createStatement(); ResultSet rows = query.executeQuery("""
                select p.id, p.command, p.time, p.state, left(p.info, 120), t.trx_state, t.trx_rows_modified
                from information_schema.processlist p
                left join information_schema.innodb_trx t on t.trx_mysql_thread_id = p.id
                where p.id <> connection_id() order by p.id""")) {
            while (rows.next()) {
                out.append(String.format("  #%d %s %ss state=%s trx=%s rows=%s: %s%n", rows.getLong(1),
                        rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(6), rows.getString(7),
                        rows.getString(5)));
            }
        } catch (SQLException e) {
            out.append("  (could not read the process list: ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
    }
}
