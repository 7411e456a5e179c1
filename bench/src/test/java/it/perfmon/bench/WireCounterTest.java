package it.perfmon.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counter against the real MariaDB of the machine (127.0.0.1:3306, root without password). */
class WireCounterTest {

    @Test
    void shouldRecordEachStatementWithItsSqlAndNothingElse() throws Exception {
        try (WireCounter counter = new WireCounter("127.0.0.1", 3306);
                Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + counter.port() + "/test", "root", "")) {
            int mark = counter.mark();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 41 + 1")) {
                rs.next();
                assertEquals(42, rs.getInt(1));
            }
            try (PreparedStatement p = c.prepareStatement("select ? as answer")) {
                p.setInt(1, 7);
                p.executeQuery().close();
            }
            List<WireCounter.Command> sent = counter.since(mark);

            assertEquals(List.of(new WireCounter.Command("QUERY", "select 41 + 1"),
                    new WireCounter.Command("QUERY", "select 7 as answer")), sent);
            assertEquals(2, sent.stream().filter(WireCounter.Command::isSelect).count());
        }
    }

    @Test
    void shouldCountABatchOfInsertsSentInBulkAsOneStatement() throws Exception {
        try (WireCounter counter = new WireCounter("127.0.0.1", 3306);
                Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + counter.port() + "/test", "root", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table wire_counter_test (n int)");
            }
            int mark = counter.mark();
            try (PreparedStatement p = c.prepareStatement("insert into wire_counter_test (n) values (?)")) {
                for (int i = 0; i < 100; i++) {
                    p.setInt(1, i);
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<WireCounter.Command> sent = counter.since(mark);

            assertEquals(1, sent.stream().filter(WireCounter.Command::isStatement).count(), sent.toString());
            assertEquals("BULK_EXECUTE", sent.stream().filter(WireCounter.Command::isStatement).findFirst().orElseThrow().kind());
        }
    }
}
