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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

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
        Target target = Target.of(connection, planId);
        return to(connection, base, token, target);
    }

    /**
     * The same write made with a token of the plan's own organisation, created here for this indicator alone: an
     * organisation's data is written only by its own people and tokens, so the bootstrap token (the default
     * organisation's) is refused on any other.
     */
    static PlanWrite asItsOrganisation(Connection connection, URI base, long planId) throws SQLException {
        Target target = Target.of(connection, planId);
        String secret = "bench-" + UUID.randomUUID();
        long tokenId;
        try (PreparedStatement s = connection.prepareStatement("""
                insert into api_token (organisation_id, name, token_prefix, token_hash, scopes, expires_at, created_by)
                values (?, 'bench write', ?, ?, 'counts:write', now() + interval 1 day, 'bench')""",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, target.organisation());
            s.setString(2, secret.substring(0, 12));
            s.setString(3, sha256(secret));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                tokenId = keys.getLong(1);
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "insert into api_token_indicator (token_id, indicator_id) values (?, ?)")) {
            s.setLong(1, tokenId);
            s.setLong(2, target.indicator());
            s.executeUpdate();
        }
        return to(connection, base, secret, target);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first RATIO_PLANNED indicator of a plan, the plan's year and organisation, and a unit of it. */
    private record Target(long indicator, int year, String unit, long organisation) {
        static Target of(Connection connection, long planId) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement("""
                    select i.id, p.plan_year, (select min(u.code) from territorial_unit u
                                               where u.organisation_id = p.organisation_id), p.organisation_id
                    from indicator i join objective o on o.id = i.objective_id join plan p on p.id = o.plan_id
                    where p.id = ? and i.kind = 'RATIO_PLANNED' order by i.id limit 1""")) {
                s.setLong(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getString(3) == null) {
                        throw new IllegalStateException("plan " + planId
                                + " has no RATIO_PLANNED indicator or its organisation no territorial unit");
                    }
                    return new Target(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4));
                }
            }
        }
    }

    private static PlanWrite to(Connection connection, URI base, String token, Target target) throws SQLException {
        long indicator = target.indicator();
        int year = target.year();
        String unit = target.unit();
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
