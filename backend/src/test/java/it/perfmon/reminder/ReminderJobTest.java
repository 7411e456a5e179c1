package it.perfmon.reminder;

import static it.perfmon.testing.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.perfmon.collection.Collection;
import it.perfmon.common.AgencyClock;
import it.perfmon.mail.service.MailRelay;
import it.perfmon.reminder.service.ReminderJob;
import it.perfmon.reminder.service.ReminderPlanner;
import it.perfmon.testing.Relaying;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.Problems;
import it.perfmon.testing.TestSmtp;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reminder job against the real database and a real SMTP server (GreenMail), with the clock under the test's
 * control: the 2021 interim collection, opened on 01/07/2021 with its deadline on 15/07, three days' lead and a
 * reminder every two days after it.
 */
@QuarkusTest
class ReminderJobTest {

    private static final String COLLECTION = "/api/v1/periods/{period}/collection";
    private static final String PART = COLLECTION + "/structures/{structure}";
    private static final String WEB = "http://localhost:5173";
    private static final String MESSAGE = "Valori e valutazioni al 30/06 <b>entro il 15 luglio</b> & note sugli scostamenti";

    private static Api.SharedPlan plan;
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Inject
    ReminderJob job;

    @Inject
    MailRelay relay;

    @TestSmtp.Inject
    TestSmtp smtp;

    /** 2021 editors of Direzione, of RPCT, of both; one who turned reminders off; one without an address; a viewer. */
    private record People(Accounts.User direzione, Accounts.User rpct, Accounts.User both, Accounts.User optedOut,
            Accounts.User noAddress, Accounts.User viewer) {

        List<Accounts.User> all() {
            return List.of(direzione, rpct, both, optedOut, noAddress, viewer);
        }
    }

    @Test
    void shouldSendEachEditorOneDigestPerSlotWithTheirStructuresItems() throws Exception {
        long period = Arti2021.interimPeriodId();
        long direzioneId = Api.structureId("DIREZIONE");
        long rpctId = Api.structureId("RPCT");
        People people = people();
        Set<Long> ours = people.all().stream().map(Accounts.User::id).collect(Collectors.toSet());
        QuarkusMock.installMockForType(clockAt(at("2021-07-01", 10)), AgencyClock.class);
        long collection = json().body(Map.of("deadline", "2021-07-15", "leadDays", 3, "everyDays", 2, "message", MESSAGE))
                .post(COLLECTION, period).then().statusCode(201).body("leadDays", equalTo(3))
                .body("everyDays", equalTo(2)).extract().jsonPath().getLong("id");
        try {
            int direzioneItems = json().get(PART, period, direzioneId).then().statusCode(200).extract().jsonPath()
                    .getList("items").size();

            assertEquals(Map.of(), queued(collection, ours, job.run(at("2021-07-11", 9))), "before the lead day");
            assertEquals(List.of(), job.run(at("2021-07-12", 7)), "nothing at all before 8 in the morning");

            assertEquals(Map.of(people.direzione().id(), List.of("DIGEST"), people.rpct().id(), List.of("DIGEST"),
                    people.both().id(), List.of("DIGEST")), queued(collection, ours, job.run(at("2021-07-12", 9))));
            Relaying.relayEverythingDue(relay);
            String activities = " attività da completare";
            String label = "Monitoraggio intermedio al 30/06/2021";
            MimeMessage lead = only(people.direzione().email());
            assertEquals("Promemoria: " + label + " – " + direzioneItems + activities, lead.getSubject());
            String text = text(lead);
            String html = TestSmtp.parts(lead).get("text/html");
            assertTrue(text.startsWith("Gentile Utente " + people.direzione().username() + ","), text);
            assertTrue(text.contains("scade il 15/07/2021, tra 3 giorni"), text);
            assertTrue(text.contains(MESSAGE), text);
            assertTrue(text.contains("Obiettivo 2.2 – " + WEB + "/obiettivi/" + Arti2021.objectiveId("2.2") + "?periodo="
                    + period), text);
            assertTrue(text.contains("(fine prevista 30/04/2021): data di fine effettiva o avanzamento, in ritardo"), text);
            assertTrue(text.contains("Obiettivo 4.1 – "), text);
            assertTrue(text.contains(WEB + "/attivita?periodo=" + period), text);
            assertFalse(text.contains("Obiettivo 4.4"), "RPCT's objective is not Direzione's: " + text);
            assertTrue(html.contains("&lt;b&gt;entro il 15 luglio&lt;/b&gt; &amp; note"), html);
            assertFalse(html.contains("<b>entro"), "the administrator's message is escaped: " + html);
            assertTrue(html.contains("<a href=\"" + WEB + "/obiettivi/" + Arti2021.objectiveId("2.2") + "?periodo="
                    + period + "\">Obiettivo 2.2</a>"), html);

            MimeMessage rpctLead = only(people.rpct().email());
            assertEquals("Promemoria: " + label + " – 1" + activities, rpctLead.getSubject());
            assertTrue(text(rpctLead).contains("Obiettivo 4.4 – "), text(rpctLead));
            assertTrue(text(rpctLead).contains("indicatore 2 «"), text(rpctLead));
            assertFalse(text(rpctLead).contains("Obiettivo 2.2"), text(rpctLead));
            MimeMessage bothLead = only(people.both().email());
            assertEquals("Promemoria: " + label + " – " + (direzioneItems + 1) + activities, bothLead.getSubject());
            assertTrue(text(bothLead).contains("\nDirezione – " + direzioneItems + " attività\n"), text(bothLead));
            assertTrue(text(bothLead).contains("\nResponsabile Prevenzione Corruzione e Trasparenza (RPCT) – 1 attività\n"),
                    text(bothLead));

            assertEquals(Map.of(), queued(collection, ours, job.run(at("2021-07-12", 15))), "the same slot again");
            assertEquals(Map.of(), queued(collection, ours, job.run(at("2021-07-13", 9))), "between two slots");
            assertEquals(Map.of(people.direzione().id(), List.of("DIGEST"), people.rpct().id(), List.of("DIGEST"),
                    people.both().id(), List.of("DIGEST")), queued(collection, ours, job.run(at("2021-07-15", 9))));
            assertEquals(Map.of(), queued(collection, ours, job.run(at("2021-07-16", 9))));
            assertEquals(3, queued(collection, ours, job.run(at("2021-07-17", 9))).size());
            Relaying.relayEverythingDue(relay);
            assertEquals(List.of("Promemoria", "Scade oggi", "Sollecito"), prefixes(people.rpct().email()));
            assertTrue(text(smtp.distinctMessagesTo(people.rpct().email()).get(2)).contains("è scaduta il 15/07/2021, 2 giorni fa"));

            Accounts.login(people.rpct().username()).request().post(PART + "/submit", period, rpctId).then().statusCode(200);
            assertEquals(Map.of(people.direzione().id(), List.of("DIGEST"), people.both().id(), List.of("DIGEST")),
                    queued(collection, ours, job.run(at("2021-07-19", 9))), "nothing to RPCT once its part is submitted");
            Relaying.relayEverythingDue(relay);
            String bothAfterSubmit = text(smtp.distinctMessagesTo(people.both().email()).get(3));
            assertTrue(bothAfterSubmit.contains("Direzione – "), bothAfterSubmit);
            assertFalse(bothAfterSubmit.contains("RPCT"), bothAfterSubmit);

            // 1.1's third phase was planned to end on 30/08/2021: passing it brings a notice, once, beside the digest
            // of the slot of 30/08, which no run sent on its day.
            assertEquals(Map.of(people.direzione().id(), List.of("DIGEST", "PHASE_LATE"),
                    people.both().id(), List.of("DIGEST", "PHASE_LATE")),
                    queued(collection, ours, job.run(at("2021-08-31", 9))));
            assertEquals(Map.of(people.direzione().id(), List.of("DIGEST"), people.both().id(), List.of("DIGEST")),
                    queued(collection, ours, job.run(at("2021-09-01", 9))), "the notice is not repeated");
            Relaying.relayEverythingDue(relay);

            for (Accounts.User editor : List.of(people.direzione(), people.both())) {
                assertEquals(List.of("Promemoria", "Scade oggi", "Sollecito", "Sollecito", "Sollecito", "Fase in ritardo",
                        "Sollecito"), prefixes(editor.email()), editor.username());
            }
            assertEquals(List.of("Promemoria", "Scade oggi", "Sollecito"), prefixes(people.rpct().email()));
            MimeMessage notice = smtp.distinctMessagesTo(people.direzione().email()).get(5);
            assertEquals("Fase in ritardo: obiettivo 1.1, fase 3 (fine prevista il 30/08/2021)", notice.getSubject());
            assertTrue(text(notice).contains(WEB + "/obiettivi/" + Arti2021.objectiveId("1.1") + "?periodo=" + period),
                    text(notice));
            for (Accounts.User nobody : List.of(people.optedOut(), people.viewer())) {
                assertEquals(List.of(), smtp.distinctMessagesTo(nobody.email()), nobody.username());
            }
            for (Accounts.User nobody : List.of(people.optedOut(), people.noAddress(), people.viewer())) {
                json().queryParam("userId", nobody.id()).get("/api/v1/mail/messages").then().statusCode(200)
                        .body("total", equalTo(0));
            }
            JsonPath sentToRpct = json().queryParam("aboutKind", "collection").queryParam("aboutId", collection)
                    .queryParam("userId", people.rpct().id()).get("/api/v1/mail/messages").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(3, sentToRpct.getInt("total"));
            assertEquals(List.of("SENT", "SENT", "SENT"), sentToRpct.getList("items.state"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Collection.delete("id", collection));
            people.all().forEach(user -> json().delete("/api/v1/users/{id}", user.id()).then().statusCode(204));
        }
    }

    @Test
    void shouldKeepRemindersWhileSmtpIsDownAndDeliverEachOnceWhenItIsBack() {
        long period = newPeriodWithAnIndicator();
        Accounts.User editor = Accounts.createUser("EDITOR", List.of("DIREZIONE"), address("outage"));
        LocalDate today = LocalDate.now(AgencyClock.ZONE);
        long collection = json().body(Map.of("deadline", today.plusDays(2).toString(), "leadDays", 3))
                .post(COLLECTION, period).then().statusCode(201).extract().jsonPath().getLong("id");
        String reminders = COLLECTION + "/reminders";
        try {
            List<String> recipients;
            smtp.stop();
            try {
                JsonPath run = json().post(reminders, period).then().statusCode(200)
                        .body("collectionId", equalTo((int) collection)).body("slot", equalTo(today.minusDays(1).toString()))
                        .body("slotKind", equalTo("LEAD")).body("nextSlot", equalTo(today.plusDays(2).toString()))
                        .body("nextSlotKind", equalTo("DEADLINE")).extract().jsonPath();
                recipients = run.getList("queued.recipientAddress");
                assertTrue(recipients.contains(editor.email()), recipients.toString());
                // The relay tries the first message of each batch, fails, and gives the rest back for later.
                Instant now = Instant.now().plusSeconds(1);
                int failed = 0;
                for (MailRelay.Run attempt = relay.relayDue(now); attempt.failed() + attempt.released() > 0;
                        attempt = relay.relayDue(now)) {
                    failed += attempt.failed();
                }
                assertTrue(failed > 0, "the SMTP server is down");
                JsonPath waiting = aboutCollection(collection);
                assertEquals(recipients.size(), waiting.getInt("total"));
                assertEquals(Set.of("PENDING"), Set.copyOf(waiting.getList("items.state")));
                json().post(reminders, period).then().statusCode(200).body("queued.size()", equalTo(0))
                        .body("alreadyQueued", equalTo(recipients.size()));
            } finally {
                smtp.start();
            }
            Relaying.relayEverythingDue(relay);

            for (String to : recipients) {
                assertEquals(1, smtp.distinctMessagesTo(to).size(), to);
            }
            assertEquals(Set.of("SENT"), Set.copyOf(aboutCollection(collection).getList("items.state")));
        } finally {
            json().delete("/api/v1/users/{id}", editor.id()).then().statusCode(204);
        }
    }

    @Test
    void shouldRemindMembersOfOtherOrganisationsByTheirRoleHere() {
        long period = newPeriodWithAnIndicator();
        String other = "REM" + System.nanoTime() % 1_000_000;
        Accounts.login(Accounts.createUser("REGIONAL", List.of())).request().body(Map.of("code", other, "name",
                "Ente " + other, "administrator", Map.of("username", "admin." + other.toLowerCase(), "displayName",
                        "Amministratore", "password", Accounts.PASSWORD))).post("/api/v1/organisations").then()
                .statusCode(201);
        Accounts.Session otherAdmin = Accounts.login("admin." + other.toLowerCase());
        otherAdmin.request().body(Map.of("code", "UFF", "name", "Ufficio")).post("/api/v1/organisations/{c}/structures",
                other).then().statusCode(201);
        // Both of the other organisation: one is an editor here, the other an editor at home and a viewer here.
        long editorHere = personOf(otherAdmin, "VIEWER", List.of(), address("membro-editor"));
        String editorHereName = otherAdmin.request().get("/api/v1/users/{id}", editorHere).then().extract().path("username");
        long viewerHere = personOf(otherAdmin, "EDITOR", List.of("UFF"), address("membro-lettore"));
        String viewerHereName = otherAdmin.request().get("/api/v1/users/{id}", viewerHere).then().extract().path("username");
        json().body(Map.of("role", "EDITOR", "structures", List.of("DIREZIONE")))
                .put("/api/v1/organisations/ARTI/members/{u}", editorHereName).then().statusCode(201);
        json().body(Map.of("role", "VIEWER", "structures", List.of("DIREZIONE")))
                .put("/api/v1/organisations/ARTI/members/{u}", viewerHereName).then().statusCode(201);
        LocalDate today = LocalDate.now(AgencyClock.ZONE);
        long collection = json().body(Map.of("deadline", today.plusDays(2).toString(), "leadDays", 3))
                .post(COLLECTION, period).then().statusCode(201).extract().jsonPath().getLong("id");

        List<Long> queued = json().post(COLLECTION + "/reminders", period).then().statusCode(200).extract().jsonPath()
                .getList("queued.userId", Long.class);
        assertTrue(queued.contains(editorHere), queued.toString());
        assertFalse(queued.contains(viewerHere), queued.toString());
        // The reminder is about this organisation's collection: listed to its administrators, not to the other's.
        assertTrue(aboutCollection(collection).getList("items.userId", Long.class).contains(editorHere));
        otherAdmin.request().queryParam("limit", 500).get("/api/v1/mail/messages").then().statusCode(200)
                .body("total", equalTo(0));
    }

    private static long personOf(Accounts.Session admin, String role, List<String> structures, String email) {
        String username = role.toLowerCase() + ".altrove." + System.nanoTime() % 1_000_000;
        return admin.request().body(Map.of("username", username, "displayName", "Persona " + username, "password",
                Accounts.PASSWORD, "role", role, "structures", structures, "email", email)).post("/api/v1/users").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void shouldQueueEachDigestOnceWhenTwoRunsRaceForTheSameSlot() throws Exception {
        long period = newPeriodWithAnIndicator();
        List<Accounts.User> editors = List.of(
                Accounts.createUser("EDITOR", List.of("DIREZIONE"), address("gara-uno")),
                Accounts.createUser("EDITOR", List.of("DIREZIONE"), address("gara-due")),
                Accounts.createUser("EDITOR", List.of("DIREZIONE", "RPCT"), address("gara-tre")));
        long collection = json().body(Map.of("deadline", LocalDate.now(AgencyClock.ZONE).toString()))
                .post(COLLECTION, period).then().statusCode(201).extract().jsonPath().getLong("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<ReminderJob.CollectionRun>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return job.runNow(period);
                }));
            }
            List<Long> queued = new ArrayList<>();
            for (Future<ReminderJob.CollectionRun> run : runs) {
                run.get(60, TimeUnit.SECONDS).queued().forEach(q -> queued.add(q.userId()));
            }
            Set<Long> ours = editors.stream().map(Accounts.User::id).collect(Collectors.toSet());
            assertEquals(queued.size(), Set.copyOf(queued).size(), "a digest queued by both runs: " + queued);
            assertTrue(Set.copyOf(queued).containsAll(ours), queued.toString());
            assertEquals(queued.size(), aboutCollection(collection).getInt("total"));
        } finally {
            pool.shutdownNow();
            editors.forEach(user -> json().delete("/api/v1/users/{id}", user.id()).then().statusCode(204));
        }
    }

    @Test
    void shouldAnswer404WithoutACollectionAnd409ForAClosedPeriod() {
        long period = newPeriodWithAnIndicator();
        json().post(COLLECTION + "/reminders", period).then().spec(Problems.problem(404));
        json().post("/api/v1/periods/{id}/close", period).then().statusCode(200);
        json().post(COLLECTION + "/reminders", period).then().spec(Problems.problem(409, "periodId"));
    }

    /** A period of this class's plan (plan years are a budget of every test) whose one indicator needs a value. */
    private static long newPeriodWithAnIndicator() {
        if (plan == null) {
            plan = Api.SharedPlan.create();
        }
        Api.createDirectIndicator(plan.newObjective().objectiveId());
        LocalDate date = LocalDate.of(plan.year(), 3, 31).plusWeeks(NEXT_WEEK.getAndIncrement());
        return Api.createPeriod(plan.planId(), date.toString(), "INTERIM");
    }

    private static People people() throws Exception {
        Accounts.User optedOut = Accounts.createUser("EDITOR", List.of("DIREZIONE"), address("no-grazie"));
        Accounts.login(optedOut.username()).request()
                .body(Map.of("email", optedOut.email(), "remindersEnabled", false))
                .put("/api/v1/auth/me/preferences").then().statusCode(200).body("remindersEnabled", equalTo(false));
        return new People(Accounts.createUser("EDITOR", List.of("DIREZIONE"), address("direzione")),
                Accounts.createUser("EDITOR", List.of("RPCT"), address("rpct")),
                Accounts.createUser("EDITOR", List.of("DIREZIONE", "RPCT"), address("entrambe")),
                optedOut,
                Accounts.createUser("EDITOR", List.of("DIREZIONE"), null),
                Accounts.createUser("VIEWER", List.of(), address("lettura")));
    }

    /** What a run queued about the collection for our people, by person: the kinds, in order. */
    private static Map<Long, List<String>> queued(long collection, Set<Long> ours, List<ReminderJob.CollectionRun> runs) {
        return runs.stream().filter(r -> r.collectionId() == collection).flatMap(r -> r.queued().stream())
                .filter(q -> ours.contains(q.userId()))
                .collect(Collectors.groupingBy(ReminderJob.Queued::userId, Collectors.mapping(q -> kind(q.kind()),
                        Collectors.toList())));
    }

    private static String kind(ReminderPlanner.Kind kind) {
        return kind.name();
    }

    private static JsonPath aboutCollection(long collection) {
        return json().queryParam("aboutKind", "collection").queryParam("aboutId", collection)
                .get("/api/v1/mail/messages").then().statusCode(200).extract().jsonPath();
    }

    /** Each subject's first words, in the order the messages arrived: "Promemoria", "Scade oggi", "Sollecito"… */
    private List<String> prefixes(String address) throws MessagingException {
        List<String> prefixes = new ArrayList<>();
        for (MimeMessage message : smtp.distinctMessagesTo(address)) {
            prefixes.add(message.getSubject().split(":", 2)[0]);
        }
        return prefixes;
    }

    private MimeMessage only(String address) {
        List<MimeMessage> received = smtp.distinctMessagesTo(address);
        assertEquals(1, received.size(), address);
        return received.get(0);
    }

    private static String text(MimeMessage message) {
        return TestSmtp.parts(message).get("text/plain").replace("\r\n", "\n");
    }


    private static ZonedDateTime at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0).atZone(AgencyClock.ZONE);
    }

    private static AgencyClock clockAt(ZonedDateTime time) {
        return new AgencyClock(Clock.fixed(time.toInstant(), AgencyClock.ZONE));
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@arti.toscana.it";
    }
}
