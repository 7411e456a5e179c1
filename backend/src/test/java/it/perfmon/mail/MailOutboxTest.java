package it.perfmon.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.mail.service.ClaimedMail;
import it.perfmon.mail.service.MailRelay;
import it.perfmon.mail.service.OutboxClaims;
import it.perfmon.mail.service.Outbox;
import it.perfmon.mail.service.OutgoingMail;
import it.perfmon.testing.Relaying;
import it.perfmon.testing.TestSmtp;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The outbox and its relay against the real MariaDB and a real SMTP server (GreenMail), with the real mailer. */
@QuarkusTest
class MailOutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    MailRelay relay;

    @Inject
    OutboxClaims claims;

    @TestSmtp.Inject
    TestSmtp smtp;

    @Test
    void shouldDeliverAQueuedMessageWithSubjectTextAndHtmlInItalian() throws Exception {
        String to = address("direzione");
        String subject = "Monitoraggio al 30/06/2021: attività da completare entro venerdì";
        String text = "Gentile Niccolò,\nrestano 3 attività: è richiesta la motivazione dello scostamento. Perché no?\n€ 1.234,56";
        String html = "<p>Gentile Niccolò,</p><p>restano <strong>3 attività</strong>: è richiesta la motivazione.</p>";
        String key = "test:" + UUID.randomUUID();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(
                OutgoingMail.of(key, to, "Niccolò Dell'Acqua", subject, text, html).about("period", 1))));

        Relaying.relayEverythingDue(relay);

        List<MimeMessage> received = smtp.messagesTo(to);
        assertEquals(1, received.size());
        MimeMessage message = received.get(0);
        assertEquals(subject, message.getSubject());
        assertEquals("Niccolò Dell'Acqua", ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal());
        assertEquals("Monitoraggio della performance", ((InternetAddress) message.getFrom()[0]).getPersonal());
        Map<String, String> parts = parts(message);
        assertEquals(text, parts.get("text/plain").replace("\r\n", "\n").strip());
        assertEquals(html, parts.get("text/html").replace("\r\n", "\n").strip());
        MailMessage stored = stored(key);
        assertEquals(MailState.SENT, stored.state);
        assertEquals(1, stored.attempts);
        assertNotNull(stored.sentAt);
        assertEquals(stored.messageId, message.getMessageID());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));
    }

    @Test
    void shouldQueueTheSameKeyOnceAndLetTheCallersTransactionGoOn() {
        String to = address("dedup");
        String key = "test:" + UUID.randomUUID();
        OutgoingMail digest = OutgoingMail.of(key, to, null, "Promemoria", "Una volta sola", null);
        OutgoingMail other = OutgoingMail.of(key + ":other", to, null, "Altro avviso", "Anche questo", null);

        List<Boolean> fresh = QuarkusTransaction.requiringNew().call(() -> List.of(outbox.enqueue(digest),
                outbox.enqueue(digest), outbox.enqueue(other)));
        boolean again = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(digest));
        Relaying.relayEverythingDue(relay);

        assertEquals(List.of(true, false, true), fresh);
        assertFalse(again);
        assertEquals(2, smtp.messagesTo(to).size());
        assertEquals(1, count(key));
    }

    @Test
    void shouldSendNothingWhenTheCallersTransactionRollsBack() {
        String to = address("rollback");
        String key = "test:" + UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(OutgoingMail.of(key, to, null, "Mai inviato", "Annullato", null));
            throw new IllegalStateException("the caller's change fails");
        }));
        Relaying.relayEverythingDue(relay);

        assertEquals(0, count(key));
        assertEquals(List.of(), smtp.messagesTo(to));
    }

    @Test
    void shouldRefuseToQueueOutsideATransaction() {
        OutgoingMail mail = OutgoingMail.of("test:" + UUID.randomUUID(), address("notx"), null, "Oggetto", "Testo", null);

        assertThrows(RuntimeException.class, () -> outbox.enqueue(mail));
    }

    @Test
    void shouldKeepTheMessageWhileSmtpIsDownAndDeliverItOnceWhenItIsBack() {
        String to = address("outage");
        String key = "test:" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(
                OutgoingMail.of(key, to, null, "Durante il guasto", "Arriverà dopo", null)));
        Instant now = Instant.now().plusSeconds(1);

        smtp.stop();
        try {
            relay.relayDue(now);
            MailMessage waiting = stored(key);
            assertEquals(MailState.PENDING, waiting.state);
            assertEquals(1, waiting.attempts);
            assertNotNull(waiting.lastError);
            assertTrue(waiting.nextAttemptAt.isAfter(now), "retried later, not at once");
            relay.relayDue(now);
            assertEquals(1, stored(key).attempts, "not tried again before its next attempt");
        } finally {
            smtp.start();
        }
        Relaying.relayEverythingDue(relay);

        assertEquals(1, smtp.messagesTo(to).size());
        MailMessage sent = stored(key);
        assertEquals(MailState.SENT, sent.state);
        assertNull(sent.lastError);
    }

    @Test
    void shouldDeliverEachMessageOnceWhenTwoRelaysRace() throws Exception {
        List<String> recipients = enqueueMany("race", 30);
        Instant now = Instant.now().plusSeconds(1);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> relays = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                relays.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    MailRelay.Run run;
                    do {
                        run = relay.relayDue(now);
                    } while (run.sent() + run.failed() + run.released() > 0);
                    return null;
                }));
            }
            relays.get(0).get(60, TimeUnit.SECONDS);
            relays.get(1).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // An attempt that failed during the race (a send timing out) is retried: the outcome must still be one copy.
        Relaying.relayEverythingDue(relay);

        for (String to : recipients) {
            assertEquals(1, smtp.messagesTo(to).size(), to);
        }
    }

    @Test
    void shouldClaimDisjointBatchesAtOnceAndSendWhatADeadRelayClaimedAfterItsLease() throws Exception {
        List<String> recipients = enqueueMany("lease", 30);
        Instant now = Instant.now().plusSeconds(1);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Long> first;
        List<Long> second;
        try {
            Future<List<Long>> a = pool.submit(() -> claimIds(start, now));
            Future<List<Long>> b = pool.submit(() -> claimIds(start, now));
            first = a.get(60, TimeUnit.SECONDS);
            second = b.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(first.stream().noneMatch(second::contains), first + " and " + second + " overlap");

        // Neither claimant records anything, as if both backends had stopped: after the lease the messages go out once.
        Relaying.relayEverythingDue(relay);

        for (String to : recipients) {
            assertEquals(1, smtp.messagesTo(to).size(), to);
        }
    }

    private List<Long> claimIds(CyclicBarrier start, Instant now) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        return claims.claim(now, 20, now.plus(Duration.ofMinutes(10))).stream().map(ClaimedMail::id).toList();
    }

    private List<String> enqueueMany(String who, int count) {
        List<String> recipients = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                String to = address(who + i);
                recipients.add(to);
                outbox.enqueue(OutgoingMail.of("test:" + UUID.randomUUID(), to, null, "Avviso " + i, "Una copia", null));
            }
        });
        return recipients;
    }


    private static MailMessage stored(String key) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>find("dedupKey", key).singleResult());
    }

    private static long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.count("dedupKey", key));
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@arti.toscana.it";
    }

    private static Map<String, String> parts(MimeMessage message) throws Exception {
        Map<String, String> parts = new HashMap<>();
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            parts.put(part.getContentType().split(";")[0].strip().toLowerCase(), (String) part.getContent());
        }
        return parts;
    }
}
