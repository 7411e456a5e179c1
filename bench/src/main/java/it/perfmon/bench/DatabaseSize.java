package it.perfmon.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How much room a database takes, table by table, as InnoDB reports it after fresh statistics; row counts are exact
 * (information_schema's are estimates), so they are counted only for the few largest tables.
 */
final class DatabaseSize {

    record Table(String name, long rows, double dataMb, double indexMb) {

        double totalMb() {
            return dataMb + indexMb;
        }
    }

    private DatabaseSize() {
    }

    /** The {@code limit} largest tables of the connection's database, data and indexes together. */
    static List<Table> largest(Connection connection, int limit) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = database() and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement()) {
            // Statistics of tables just filled are stale until InnoDB samples them again.
            s.execute("analyze table " + String.join(", ", names.stream().map(n -> "`" + n + "`").toList()));
        }
        List<Table> tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select table_name, data_length / 1e6, index_length / 1e6 from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                order by data_length + index_length desc limit %d""".formatted(limit))) {
            while (rs.next()) {
                tables.add(new Table(rs.getString(1), 0, rs.getDouble(2), rs.getDouble(3)));
            }
        }
        List<Table> counted = new ArrayList<>();
        for (Table table : tables) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from `" + table.name() + "`")) {
                rs.next();
                counted.add(new Table(table.name(), rs.getLong(1), table.dataMb(), table.indexMb()));
            }
        }
        return counted;
    }

    static double totalMb(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select sum(data_length + index_length) / 1e6 from information_schema.tables "
                        + "where table_schema = database()")) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
