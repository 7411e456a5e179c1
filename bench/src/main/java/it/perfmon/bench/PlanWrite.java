package it.perfmon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A write that changes what a plan's report and values show, through the API as any client would make it: one
 * figure of a RATIO_PLANNED indicator of the plan (numerator only, so no denominator rule applies), on a day no
 * other figure of that indicator covers, its value alternating between 1 and 2 so that every write changes a
 * value. After it, the next read of the plan cannot be served from an answer computed before it.
 */
final class PlanWrite {

    /** Leaves time for anything the backend sends after answering, as {@link SqlProbe} does. */
    private static final long SETTLE_MILLIS = 300;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI uri;
    private final String token;
    private final String unit;
    private final LocalDate day;
    private int writes;

    private PlanWrite(URI uri, String token, String unit, LocalDate day) {
        this.uri = uri;
        this.token = token;
        this.unit = unit;
        this.day = day;
    }

    static PlanWrite to(Connection connection, URI base, String token, long planId) throws SQLException {
        long indicator;
        int year;
        String unit;
        try (PreparedStatement s = connection.prepareStatement("""
                select i.id, p.plan_year, (select min(u.code) from territorial_unit u
                                           where u.organisation_id = p.organisation_id)
                from indicator i join objective o on o.id = i.objective_id join plan p on p.id = o.plan_id
                where p.id = ? and i.kind = 'RATIO_PLANNED' order by i.id limit 1""")) {
            s.setLong(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getString(3) == null) {
                    throw new IllegalStateException("plan " + planId
                            + " has no RATIO_PLANNED indicator or its organisation no territorial unit");
                }
                indicator = rs.getLong(1);
                year = rs.getInt(2);
                unit = rs.getString(3);
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "select count(*) from indicator_count where indicator_id = ? and span_start <= ? and span_end >= ?")) {
            for (LocalDate day = LocalDate.of(year, 12, 31); day.getYear() == year; day = day.minusDays(1)) {
                s.setLong(1, indicator);
                s.setObject(2, day);
                s.setObject(3, day);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return new PlanWrite(base.resolve("/api/v1/indicators/" + indicator + "/counts"), token, unit, day);
                    }
                }
            }
        }
        throw new IllegalStateException("indicator " + indicator + " has figures on every day of " + year);
    }

    /** Posts the figure with a value other than the last one; returns when the backend has committed it. */
    void write() throws IOException, InterruptedException {
        writes++;
        String body = "{\"component\":\"NUMERATOR\",\"from\":\"" + day + "\",\"to\":\"" + day
                + "\",\"territorialUnit\":\"" + unit + "\",\"value\":" + (1 + writes % 2) + "}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IOException("PUT " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        Thread.sleep(SETTLE_MILLIS);
    }

    String describe() {
        return "PUT " + uri.getPath() + " (NUMERATOR, " + day + ", " + unit + ")";
    }
}
