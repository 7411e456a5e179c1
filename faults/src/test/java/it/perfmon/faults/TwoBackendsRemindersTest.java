package it.perfmon.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.faults.rig.BackendProcess;
import it.perfmon.faults.rig.FaultTest;
import it.perfmon.faults.rig.Reply;
import it.perfmon.faults.rig.Rig;
import it.perfmon.faults.rig.Waits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Both backends run the reminder job every two seconds on the same database and relay to the rig's SMTP server: each
 * editor's digest of the day arrives once, even when an administrator asks both backends for the reminders at the
 * very moment the collection opens.
 */
@Order(1)
class TwoBackendsRemindersTest extends FaultTest {

    @Test
    void eachDigestArrivesOnceWithBothBackendsRunningTheJob() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<Long, String> editors = new HashMap<>();
        editors.put(createEditor("direzione-" + tag, List.of("DIREZIONE")), "direzione-" + tag + "@arti.toscana.it");
        editors.put(createEditor("rpct-" + tag, List.of("RPCT")), "rpct-" + tag + "@arti.toscana.it");
        editors.put(createEditor("entrambe-" + tag, List.of("DIREZIONE", "RPCT")), "entrambe-" + tag + "@arti.toscana.it");
        long finalPeriod = finalPeriod2021();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));

        // Due today as soon as it opens: three days' lead on a deadline two days away.
        Reply opened = rig.script(rig.a).post("/api/v1/periods/" + finalPeriod + "/collection",
                Map.of("deadline", today.plusDays(2).toString(), "leadDays", 3), Map.of());
        assertEquals(201, opened.status(), opened.toString());
        long collection = opened.json().get("id").asLong();
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Reply> onA = CompletableFuture.supplyAsync(() -> sendNow(together, rig.a, finalPeriod));
            CompletableFuture<Reply> onB = CompletableFuture.supplyAsync(() -> sendNow(together, rig.b, finalPeriod));
            List<String> queuedByRequests = new ArrayList<>();
            for (Reply reply : List.of(onA.get(), onB.get())) {
                assertEquals(200, reply.status(), reply.toString());
                reply.json().get("queued").forEach(q -> queuedByRequests.add(q.get("recipientAddress").asText()));
            }
            assertEquals(queuedByRequests.stream().distinct().count(), queuedByRequests.size(),
                    "a digest queued by both backends: " + queuedByRequests);

            Waits.until("every editor's digest arrives", Duration.ofSeconds(60),
                    () -> editors.values().stream().allMatch(to -> !rig.mail.messagesTo(to).isEmpty()));
            // Several more runs of both jobs and both relays: nothing more may come.
            Thread.sleep(Rig.JOB_INTERVAL.multipliedBy(3).toMillis());
            for (String to : editors.values()) {
                assertEquals(1, rig.mail.messagesTo(to).size(), to);
                assertTrue(rig.mail.messagesTo(to).get(0).getSubject().startsWith("Promemoria: "),
                        rig.mail.messagesTo(to).get(0).getSubject());
            }
            try (Connection db = rig.connect()) {
                assertEquals(editors.size(), queuedAbout(db, collection, editors));
            }
        } finally {
            // The jobs of the tests that follow need not read this collection's report every two seconds.
            try (Connection db = rig.connect();
                    PreparedStatement delete = db.prepareStatement("delete from collection where id = ?")) {
                delete.setLong(1, collection);
                delete.executeUpdate();
            }
        }
    }

    private static Reply sendNow(CyclicBarrier together, BackendProcess backend, long period) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rig.script(backend).post("/api/v1/periods/" + period + "/collection/reminders", null, Map.of());
    }

    private static long createEditor(String username, List<String> structures) {
        Reply created = rig.script(rig.a).post("/api/v1/users", Map.of("username", username, "displayName",
                "Editor " + username, "password", "una-password-lunga-2021", "role", "EDITOR", "structures", structures,
                "email", username + "@arti.toscana.it"), Map.of());
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asLong();
    }

    private static long finalPeriod2021() throws Exception {
        try (Connection db = rig.connect();
                PreparedStatement query = db.prepareStatement("select p.id from monitoring_period p join plan pl "
                        + "on pl.id = p.plan_id where pl.plan_year = 2021 and p.kind = 'FINAL'");
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), "the seed's 2021 final period");
            return row.getLong(1);
        }
    }

    /** Messages about the collection to these editors, in the outbox, each of them sent. */
    private static int queuedAbout(Connection db, long collection, Map<Long, String> editors) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select user_id, state from mail_message "
                + "where about_kind = 'collection' and about_id = ?")) {
            query.setLong(1, collection);
            int ours = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (editors.containsKey(rows.getLong(1))) {
                        assertEquals("SENT", rows.getString(2));
                        ours++;
                    }
                }
            }
            return ours;
        }
    }
}
