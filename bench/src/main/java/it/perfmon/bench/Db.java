package it.perfmon.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database of a run, as scripts/db.sh exports it (QUARKUS_DATASOURCE_*), for the backend and for raw JDBC. */
record Db(String url, String user, String password) {

    private static final Pattern URL = Pattern.compile("^jdbc:mariadb://([^:/?]+)(?::(\\d+))?/([^?;]+)(.*)$");

    static Db fromEnvironment() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("QUARKUS_DATASOURCE_JDBC_URL is not set: run through scripts/db.sh with <db>");
        }
        return new Db(url, env("QUARKUS_DATASOURCE_USERNAME", "root"), env("QUARKUS_DATASOURCE_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private Matcher parts() {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected JDBC URL (jdbc:mariadb://host:port/db?…): " + url);
        }
        return m;
    }

    String host() {
        return parts().group(1);
    }

    int port() {
        String port = parts().group(2);
        return port == null ? 3306 : Integer.parseInt(port);
    }

    String name() {
        return parts().group(3);
    }

    /** The same database reached through another address, e.g. the statement counter's. */
    Db via(String host, int port) {
        Matcher m = parts();
        return new Db("jdbc:mariadb://" + host + ":" + port + "/" + m.group(3) + m.group(4), user, password);
    }

    /** Another database on the same server, with the same options (createDatabaseIfNotExist among them). */
    Db named(String database) {
        Matcher m = parts();
        return new Db("jdbc:mariadb://" + m.group(1) + (m.group(2) == null ? "" : ":" + m.group(2)) + "/" + database
                + m.group(4), user, password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    String version() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    boolean hasTable(String table) throws SQLException {
        try (Connection c = connect(); var s = c.prepareStatement(
                "select count(*) from information_schema.tables where table_schema = database() and table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
