package it.perfmon.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.count.IndicatorCount;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a hostile or broken client can send that REST Assured cannot: bodies shorter than their Content-Length,
 * a negative length, chunked bodies over the limit. Sent on plain sockets; the test profile bounds a body's read
 * to 2 seconds (production: 10).
 */
@QuarkusTest
class HostileClientTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static byte[] head(String method, String path, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + DefaultCredentials.ADMIN_TOKEN + "\r\nContent-Type: application/json\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(RawHttp.Reply reply, int... statuses) {
        boolean expected = false;
        for (int status : statuses) {
            expected |= reply.status() == status;
        }
        assertTrue(expected, "status " + reply.status() + " after " + reply.took() + ": " + reply.body());
        assertTrue(reply.header("Content-Type") != null && reply.header("Content-Type").startsWith("application/problem+json"),
                reply.headers() + " " + reply.body());
        assertTrue(reply.body().contains("\"status\":" + reply.status()), reply.body());
        assertFalse(reply.body().contains("riferimento"), "no incident id for the client's fault: " + reply.body());
    }

    @Test
    void shouldAnswerASmallBodyShorterThanItsContentLengthInsteadOfWaiting() {
        RawHttp.Reply reply = RawHttp.exchange(RawHttp.concat(head("POST", "/api/v1/counts/batch", "Content-Length: 400"),
                utf8("{\"rows\":[")), PATIENCE);
        assertProblem(reply, 400, 408);
        assertTrue(reply.took().compareTo(Duration.ofSeconds(10)) < 0, "answered after " + reply.took());
    }

    @Test
    void shouldAnswerALargeBodyShorterThanItsContentLengthInsteadOfHoldingAWorker() {
        RawHttp.Reply reply = RawHttp.exchange(RawHttp.concat(head("POST", "/api/v1/counts/batch", "Content-Length: 500000"),
                utf8("{\"rows\":[" + " ".repeat(20_000))), PATIENCE);
        assertProblem(reply, 400, 408);
        assertTrue(reply.took().compareTo(Duration.ofSeconds(10)) < 0, "answered after " + reply.took());
    }

    /**
     * Netty's HTTP decoder refuses the header before any handler of ours runs, and Vert.x's default handler of
     * invalid requests answers a bare 400 (no body); Quarkus offers no hook to replace that handler with one that
     * writes problem details. What matters is covered: an immediate 400, no worker held, nothing logged as ours.
     */
    @Test
    void shouldAnswerANegativeContentLengthWith400() {
        RawHttp.Reply reply = RawHttp.exchange(RawHttp.concat(head("POST", "/api/v1/counts/batch", "Content-Length: -1"),
                utf8("{}")), PATIENCE);
        assertEquals(400, reply.status(), reply.headers() + " " + reply.body());
        assertTrue(reply.took().compareTo(Duration.ofSeconds(2)) < 0, "answered after " + reply.took());
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWith413AndWriteNothing() {
        Api.SharedPlan plan = Api.SharedPlan.create();
        long indicator = Api.createIndicator(plan.newObjective().objectiveId(), Map.of("description",
                "Colloqui erogati", "kind", "RATIO_PLANNED", "plannedQuantity", 20000, "targetValue", 100));
        String row = "{\"indicatorId\":" + indicator + ",\"component\":\"NUMERATOR\",\"from\":\"%s\",\"to\":\"%s\","
                + "\"value\":1}";
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes(utf8("{\"rows\":["));
        // One valid row, then padding inside the JSON: valid but over the 1 MiB limit once read.
        json.writeBytes(utf8(String.format(row, plan.year() + "-01-01", plan.year() + "-01-31")));
        json.writeBytes(utf8("]" + " ".repeat(1_100_000) + "}"));
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] body = json.toByteArray();
        for (int at = 0; at < body.length; at += 64 * 1024) {
            int length = Math.min(64 * 1024, body.length - at);
            chunked.writeBytes(utf8(Integer.toHexString(length) + "\r\n"));
            chunked.write(body, at, length);
            chunked.writeBytes(utf8("\r\n"));
        }
        chunked.writeBytes(utf8("0\r\n\r\n"));
        RawHttp.Reply reply = RawHttp.exchange(RawHttp.concat(head("POST", "/api/v1/counts/batch",
                "Transfer-Encoding: chunked"), chunked.toByteArray()), PATIENCE);
        assertProblem(reply, 413);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> IndicatorCount.count("indicator.id", indicator)));
    }

    @Test
    void shouldStillTakeAChunkedBodyWithinTheLimit() {
        byte[] body = utf8("{\"rows\":[]}");
        byte[] chunked = RawHttp.concat(utf8(Integer.toHexString(body.length) + "\r\n"),
                RawHttp.concat(body, utf8("\r\n0\r\n\r\n")));
        RawHttp.Reply reply = RawHttp.exchange(RawHttp.concat(head("POST", "/api/v1/counts/batch",
                "Transfer-Encoding: chunked"), chunked), PATIENCE);
        // Read whole and validated: an empty batch is refused by validation, not by the size limit.
        assertProblem(reply, 400);
        assertTrue(reply.body().contains("rows"), reply.body());
    }

    /**
     * A body that has fully arrived while the server is slow to take it (here its token's check waits on a row lock,
     * as it would wait for a worker under load) is the server's delay, not the client's silence: no 408. The request
     * is paused meanwhile, so Vert.x queues the body and its count of bytes read stands still.
     */
    @Test
    void shouldNotBlameTheClientForTheServersDelayInTakingACompleteBody() throws Exception {
        io.restassured.response.Response created = Api.json().body(Map.of("name", "token lento", "scopes",
                java.util.List.of("values:read"), "expiresOn", java.time.LocalDate.now().plusDays(30).toString()))
                .post("/api/v1/tokens");
        assertEquals(201, created.statusCode(), created.asString());
        String token = created.path("token");
        long tokenId = ((Number) created.path("id")).longValue();
        byte[] body = utf8("{\"rows\":[]}");
        byte[] request = RawHttp.concat(("POST /api/v1/counts/batch HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), body);
        try (java.sql.Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var statement = lock.prepareStatement("select id from api_token where id = ? for update")) {
                statement.setLong(1, tokenId);
                statement.executeQuery().close();
            }
            var reply = java.util.concurrent.CompletableFuture.supplyAsync(() -> RawHttp.exchange(request, PATIENCE));
            // Twice the test profile's idle bound, with the whole body sent.
            Thread.sleep(4_000);
            lock.commit();
            RawHttp.Reply answer = reply.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(answer.status() != 408 && answer.status() > 0, "status " + answer.status() + ": " + answer.body());
            assertTrue(answer.took().compareTo(Duration.ofMillis(3_500)) > 0, "the lock did not delay the request: "
                    + answer.took());
        }
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;
}
