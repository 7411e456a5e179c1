package it.perfmon.operations;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.common.AgencyClock;
import it.perfmon.common.RequestIds;
import it.perfmon.mail.service.MailRelay;
import it.perfmon.reminder.service.ReminderJob;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Relaying;
import it.perfmon.testing.TestSmtp;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What operators see: the Prometheus series at /q/metrics move with the work done, and each request has an id that
 * is echoed and carried by every line logged for it, in the JSON the logs take with MONITOR_LOG_JSON=true.
 */
@QuarkusTest
class OperationsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{.*\\})?) (\\S+)$");

    private static Api.SharedPlan shared;
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Inject
    MailRelay relay;

    @TestSmtp.Inject
    TestSmtp smtp;

    @Test
    void shouldMoveTheSeriesOfCountsAnswersAndRemindersWithTheWorkDone() {
        Api.PlanFixture plan = sharedPlan().newObjective();
        long indicator = Api.createIndicator(plan.objectiveId(), Map.of("description",
                "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
        Map<String, Double> before = metrics();

        json().body(Map.of("rows", List.of(
                        row(indicator, "NUMERATOR", plan.year() + "-01-01", plan.year() + "-03-31", 96),
                        row(indicator, "DENOMINATOR", plan.year() + "-01-01", plan.year() + "-03-31", 106))))
                .post("/api/v1/counts/batch").then().statusCode(200).body("created", equalTo(2));
        json().body(Map.of("rows", List.of(row(indicator, "NUMERATOR", plan.year() + "-01-01", plan.year() + "-03-31",
                97)))).post("/api/v1/counts/batch").then().statusCode(200).body("updated", equalTo(1));
        json().body(Map.of("rows", List.of(row(indicator, "NUMERATOR", plan.year() + "-01-01", "not a date", 1))))
                .post("/api/v1/counts/batch").then().statusCode(400);
        String report = "/api/v1/plans/" + plan.planId() + "/report";
        json().get(report).then().statusCode(200).header("Cache-Status", not(equalTo("perfmon; hit")));
        json().get(report).then().statusCode(200).header("Cache-Status", equalTo("perfmon; hit"));
        Map<String, Double> afterWork = metrics();

        assertEquals(2, delta(before, afterWork, "perfmon_counts_ingested_total{outcome=\"created\"}"));
        assertEquals(1, delta(before, afterWork, "perfmon_counts_ingested_total{outcome=\"updated\"}"));
        assertEquals(0, delta(before, afterWork, "perfmon_counts_ingested_total{outcome=\"unchanged\"}"));
        assertEquals(1, delta(before, afterWork, "perfmon_answers_total{cache=\"hit\"}"));
        assertEquals(1, delta(before, afterWork, "perfmon_answers_total{cache=\"miss\"}")
                + delta(before, afterWork, "perfmon_answers_total{cache=\"stale\"}"));
        assertTrue(afterWork.get("perfmon_answers_memory_bytes") > 0, "the report is kept in memory");
        assertEquals(2, delta(before, afterWork, httpCount("POST", "/api/v1/counts/batch")));
        assertEquals(2, delta(before, afterWork, httpCount("GET", "/api/v1/plans/{planId}/report")));
        assertTrue(afterWork.containsKey("agroal_active_count{datasource=\"default\"}"), afterWork.keySet().toString());

        Reminded reminded = remind();
        Map<String, Double> queued = metrics();
        int recipients = reminded.recipients().size();
        assertTrue(recipients > 0);
        assertEquals(recipients, delta(afterWork, queued, "perfmon_reminders_queued_total"));
        assertEquals(recipients, delta(afterWork, queued, "perfmon_reminders_waiting"));
        assertTrue(queued.get("perfmon_mail_waiting") >= recipients);

        Relaying.relayEverythingDue(relay);
        Map<String, Double> sent = metrics();
        assertTrue(delta(queued, sent, "perfmon_mail_sent_total{outcome=\"sent\"}") >= recipients);
        assertTrue(delta(queued, sent, "perfmon_reminders_waiting") <= -recipients);
    }

    @Test
    void shouldLabelRequestsByRouteTemplateNeverByTheIdsInThePath() {
        json().get("/api/v1/plans/{id}", Long.MAX_VALUE).then().statusCode(404);
        List<String> uris = new ArrayList<>();
        for (String series : metrics().keySet()) {
            Matcher uri = Pattern.compile("uri=\"([^\"]*)\"").matcher(series);
            if (series.startsWith("http_server_requests_seconds_count") && uri.find()) {
                uris.add(uri.group(1));
            }
        }
        assertTrue(uris.contains("/api/v1/plans/{planId}"), uris.toString());
        assertFalse(uris.stream().anyMatch(uri -> uri.matches(".*/[0-9]+(/.*)?")), uris.toString());
    }

    @Test
    void shouldEchoTheRequestIdTheProxySent() {
        String id = "3f2a9c0e5b7d4e1f8a6b2c9d0e1f2a3b";
        given().header(RequestIds.HEADER, id).get("/q/health/ready").then().statusCode(200)
                .header(RequestIds.HEADER, equalTo(id));
    }

    @Test
    void shouldGiveARequestWithoutASaneIdANewOne() {
        given().get("/q/health/ready").then().statusCode(200).header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
        given().header(RequestIds.HEADER, "a forged\tline").get("/q/health/ready").then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
        given().header(RequestIds.HEADER, "x".repeat(129)).get("/q/health/ready").then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
    }

    @Test
    void shouldLogTheRequestIdInEveryJsonLineOfTheRequest() throws Exception {
        List<String> lines = new ArrayList<>();
        JsonFormatter json = new JsonFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Formatted on the thread that logs, as the console handler does.
                synchronized (lines) {
                    lines.add(json.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ReminderJob.class.getName());
        logger.addHandler(capture);
        String requestId;
        try {
            requestId = remind().requestId();
        } finally {
            logger.removeHandler(capture);
        }
        List<JsonNode> ours = new ArrayList<>();
        synchronized (lines) {
            for (String line : lines) {
                JsonNode node = new ObjectMapper().readTree(line);
                if (node.path("message").asText().startsWith("Reminders of collection")) {
                    ours.add(node);
                }
            }
        }
        assertEquals(1, ours.size(), lines.toString());
        assertEquals(requestId, ours.get(0).path("mdc").path(RequestIds.MDC_KEY).asText(), ours.get(0).toString());
    }

    /** Plan years are a budget (Api): one plan for the class, an objective or a period of it for each use. */
    private static synchronized Api.SharedPlan sharedPlan() {
        if (shared == null) {
            shared = Api.SharedPlan.create();
        }
        return shared;
    }

    private record Reminded(String requestId, List<String> recipients) {
    }

    /** An open collection whose deadline is two days away, and an editor to remind: one reminder queued now. */
    private static Reminded remind() {
        Api.SharedPlan plan = sharedPlan();
        Api.createDirectIndicator(plan.newObjective().objectiveId());
        long period = Api.createPeriod(plan.planId(),
                LocalDate.of(plan.year(), 3, 31).plusWeeks(NEXT_WEEK.getAndIncrement()).toString(), "INTERIM");
        Accounts.createUser("EDITOR", List.of("DIREZIONE"),
                "metriche-" + UUID.randomUUID().toString().substring(0, 8) + "@arti.toscana.it");
        LocalDate today = LocalDate.now(AgencyClock.ZONE);
        json().body(Map.of("deadline", today.plusDays(2).toString(), "leadDays", 3))
                .post("/api/v1/periods/{period}/collection", period).then().statusCode(201);
        String requestId = UUID.randomUUID().toString();
        List<String> recipients = json().header(RequestIds.HEADER, requestId)
                .post("/api/v1/periods/{period}/collection/reminders", period).then().statusCode(200)
                .header(RequestIds.HEADER, equalTo(requestId)).extract().jsonPath().getList("queued.recipientAddress");
        return new Reminded(requestId, recipients);
    }

    private static Map<String, Object> row(long indicator, String component, String from, String to, int value) {
        Map<String, Object> row = new HashMap<>();
        row.put("indicatorId", indicator);
        row.put("component", component);
        row.put("from", from);
        row.put("to", to);
        row.put("value", value);
        return row;
    }

    private static String httpCount(String method, String uri) {
        return "http_server_requests_seconds_count{method=\"" + method + "\",outcome=\"SUCCESS\",status=\"200\",uri=\""
                + uri + "\"}";
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        assertTrue(after.containsKey(series), series + " not in " + after.keySet());
        return after.get(series) - before.getOrDefault(series, 0.0);
    }

    private static Map<String, Double> metrics() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> series = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher matcher = SERIES.matcher(line);
            if (!line.startsWith("#") && matcher.matches()) {
                series.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
            }
        }
        return series;
    }
}
