package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import it.perfmon.faults.rig.Api;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.Reply;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Eight editors save the same phase at the same moment, through both backends: one wins, the others are told. */
@Order(2)
class ConcurrentPhaseUpdateTest extends FaultTest {

    private static final int WRITERS = 8;

    @Test
    void exactlyOneOfConcurrentUpdatesWinsAndTheOthersGet409Or412() throws Exception {
        long phaseId;
        try (Connection db = rig.connect(); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("select min(id) from phase")) {
            row.next();
            phaseId = row.getLong(1);
        }
        String path = "/api/v1/phases/" + phaseId;
        for (int round = 0; round < 5; round++) {
            Reply read = rig.script(rig.a).get(path);
            assertEquals(200, read.status(), read.toString());
            String etag = read.header("ETag").orElseThrow();
            JsonNode phase = read.json();

            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Reply>> puts = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                Api api = rig.script(writer % 2 == 0 ? rig.a : rig.b);
                Map<String, Object> body = definition(phase, "Fase aggiornata, giro " + round + ", autore " + writer);
                puts.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return api.put(path, body, Map.of("If-Match", etag));
                }));
            }
            start.countDown();
            List<Reply> replies = puts.stream().map(CompletableFuture::join).toList();

            List<Reply> winners = replies.stream().filter(r -> r.status() == 200).toList();
            assertEquals(1, winners.size(), "exactly one update wins: " + replies);
            for (Reply loser : replies) {
                if (loser != winners.get(0)) {
                    assertTrue(loser.status() == 409 || loser.status() == 412, "a loser is told: " + loser);
                    assertTrue(loser.header("Content-Type").orElse("").startsWith("application/problem+json"));
                }
            }
            Reply after = rig.script(rig.b).get(path);
            assertEquals(winners.get(0).json().get("description"), after.json().get("description"),
                    "what is stored is the winner's change");
            assertNotEquals(etag, after.header("ETag").orElseThrow());
        }
    }

    private static Map<String, Object> definition(JsonNode phase, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", phase.get("number").asInt());
        body.put("description", description);
        body.put("output", text(phase, "output"));
        body.put("plannedStart", phase.get("plannedStart").asText());
        body.put("plannedEnd", phase.get("plannedEnd").asText());
        body.put("responsible", text(phase, "responsible"));
        body.put("weight", phase.hasNonNull("weight") ? phase.get("weight").decimalValue() : null);
        return body;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
