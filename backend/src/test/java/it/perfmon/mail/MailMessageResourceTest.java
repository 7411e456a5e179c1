package it.perfmon.mail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.mail.service.Outbox;
import it.perfmon.mail.service.OutgoingMail;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Problems;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Administrators see what the outbox holds (who else may not is walked by AuthorizationMatrixTest). */
@QuarkusTest
class MailMessageResourceTest {

    @Inject
    Outbox outbox;

    @Test
    void shouldListQueuedMessagesNewestFirstWithoutTheirBodies() {
        Instant before = Instant.now().minusMillis(1);
        String first = enqueue("Primo avviso");
        String second = enqueue("Secondo avviso");

        given().queryParam("since", before.toString()).queryParam("state", "PENDING").queryParam("limit", 500)
                .get("/api/v1/mail/messages")
                .then().statusCode(200)
                .body("items.recipientAddress", hasItems(second, first))
                .body("items.findAll { it.recipientAddress == '" + second + "' || it.recipientAddress == '" + first
                        + "' }.subject", equalTo(List.of("Secondo avviso", "Primo avviso")))
                .body("items.find { it.recipientAddress == '" + first + "' }.state", equalTo("PENDING"))
                .body("items.find { it.recipientAddress == '" + first + "' }.attempts", equalTo(0))
                .body("items.find { it.recipientAddress == '" + first + "' }.nextAttemptAt", notNullValue())
                .body("items.find { it.recipientAddress == '" + first + "' }.aboutKind", equalTo("period"))
                .body("items[0].textBody", nullValue());
    }

    @Test
    void shouldLeaveOutMessagesOfAnotherState() {
        Instant before = Instant.now().minusMillis(1);
        String pending = enqueue("In attesa");

        given().queryParam("since", before.toString()).queryParam("state", "SENT").get("/api/v1/mail/messages")
                .then().statusCode(200)
                .body("items.recipientAddress", not(hasItems(pending)));
    }

    @Test
    void shouldRefuseAnUnknownStateAndAMalformedSinceNamingBoth() {
        given().queryParam("state", "LOST").queryParam("since", "ieri").get("/api/v1/mail/messages")
                .then().spec(Problems.problem(400, "state")).spec(Problems.problem(400, "since"));
    }

    @Test
    void shouldFilterByWhatTheMessagesAreAboutAndForWhom() {
        long user = Accounts.createUser("VIEWER", List.of(), null).id();
        long collection = 1_000_000 + new java.util.Random().nextInt(1_000_000);
        String toUserAboutCollection = enqueue("Sollecito", "collection", collection, user);
        String aboutCollection = enqueue("Sollecito senza utente", "collection", collection, null);
        String toUserAboutAnother = enqueue("Altra raccolta", "collection", collection + 1, user);

        given().queryParam("aboutKind", "collection").queryParam("aboutId", collection).get("/api/v1/mail/messages")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.recipientAddress", equalTo(List.of(aboutCollection, toUserAboutCollection)));
        given().queryParam("userId", user).get("/api/v1/mail/messages")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.recipientAddress", equalTo(List.of(toUserAboutAnother, toUserAboutCollection)));
        given().queryParam("aboutKind", "collection").queryParam("aboutId", collection).queryParam("userId", user)
                .get("/api/v1/mail/messages").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].recipientAddress", equalTo(toUserAboutCollection))
                .body("items[0].userId", equalTo((int) user)).body("items[0].aboutId", equalTo((int) collection));
        given().queryParam("aboutKind", "period").queryParam("aboutId", collection).get("/api/v1/mail/messages")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseIdsThatAreNotPositiveWholeNumbersNamingThem() {
        given().queryParam("aboutId", "dodici").queryParam("userId", 0).get("/api/v1/mail/messages")
                .then().spec(Problems.problem(400, "aboutId")).spec(Problems.problem(400, "userId"));
        given().queryParam("aboutKind", "x".repeat(33)).get("/api/v1/mail/messages")
                .then().spec(Problems.problem(400, "aboutKind"));
    }

    private String enqueue(String subject, String aboutKind, long aboutId, Long userId) {
        String to = "filtro-" + UUID.randomUUID().toString().substring(0, 8) + "@arti.toscana.it";
        OutgoingMail mail = OutgoingMail.of("test:" + UUID.randomUUID(), to, null, subject, "Testo di " + subject, null)
                .about(aboutKind, aboutId);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(userId == null ? mail : mail.forUser(userId)));
        return to;
    }

    private String enqueue(String subject) {
        String to = "elenco-" + UUID.randomUUID().toString().substring(0, 8) + "@arti.toscana.it";
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(OutgoingMail.of("test:" + UUID.randomUUID(), to,
                "Ufficio performance", subject, "Testo di " + subject, null).about("period", 1)));
        return to;
    }
}
