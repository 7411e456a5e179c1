package it.perfmon.mail.service;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * perfmon_mail_sent_total{outcome}: messages this backend relayed (sent) or failed to; perfmon_mail_waiting: messages
 * of the outbox still to send, for every backend (they share it). The gauge is one count on the index of state at
 * each scrape; while the database is away it reads NaN, which a scrape can tell from zero.
 */
// At start, so that every series is there, at zero, from the first scrape.
@Startup
@ApplicationScoped
public class MailMetrics {

    private static final Logger LOG = Logger.getLogger(MailMetrics.class);

    private final Counter sent;
    private final Counter failed;
    private final AgroalDataSource dataSource;

    MailMetrics(MeterRegistry registry, AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        this.sent = outcome(registry, "sent");
        this.failed = outcome(registry, "failed");
        Gauge.builder("perfmon.mail.waiting", this, metrics -> metrics.waiting(null))
                .description("Messages of the outbox waiting to be sent (all backends)").register(registry);
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    /** Messages pending, of one kind (aboutKind, e.g. "collection" for reminders) or of all when null. */
    public double waiting(String aboutKind) {
        String sql = "select count(*) from mail_message where state = 'PENDING'"
                + (aboutKind == null ? "" : " and about_kind = ?");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(2);
            if (aboutKind != null) {
                statement.setString(1, aboutKind);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            LOG.debugf("Waiting mail not counted: %s", e.getMessage());
            return Double.NaN;
        }
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("perfmon.mail.sent").description("Messages relayed to the SMTP server by this backend")
                .tag("outcome", outcome).register(registry);
    }
}
