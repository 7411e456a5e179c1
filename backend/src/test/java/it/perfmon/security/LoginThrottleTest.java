package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.perfmon.common.Secrets;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins are counted per address and per (address, user), the address being the peer's unless the peer
 * is a trusted proxy; past the allowance (5 in the test profile) each attempt waits a delay that doubles, a minute
 * at first in the test profile. Most tests sign in through the trusted proxy (127.0.0.2) on behalf of addresses of
 * their own, so that their failures never count against the address the rest of the suite signs in from.
 */
@QuarkusTest
@DefaultCredentials.Without
class LoginThrottleTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);

    @Test
    void shouldIgnoreXForwardedForSentByAClientThatIsNotATrustedProxy() {
        String user = Accounts.createUser("VIEWER", List.of());
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113." + (i + 1))
                    .body(Map.of("username", user, "password", "tentativo-sbagliato-" + i))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.99")
                .body(Map.of("username", user, "password", Accounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(429).header("Retry-After", "60");
        assertEquals(0, rowsFor("%203.0.113.%"));
    }

    @Test
    void shouldCountFailuresUnderTheAddressTheTrustedProxyForwards() {
        String user = Accounts.createUser("VIEWER", List.of());
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(address, user, "tentativo-sbagliato-" + i).status());
        }
        assertEquals(5, failures("pair:" + address + "|" + user));
        RawHttp.Reply refused = login(address, user, Accounts.PASSWORD);
        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.header("Content-Type"));
    }

    @Test
    void shouldLetTheRightPasswordInFromAnotherAddressWhileOneAddressWaits() {
        String admin = Accounts.createUser("ADMINISTRATOR", List.of());
        String attacker = nextAddress();
        for (int i = 0; i < 8; i++) {
            login(attacker, admin, "indovino-" + i);
        }
        assertEquals(429, login(attacker, admin, Accounts.PASSWORD).status());
        RawHttp.Reply owner = login(nextAddress(), admin, Accounts.PASSWORD);
        assertEquals(200, owner.status(), owner.body());
    }

    @Test
    void shouldNeverCheckMorePasswordsThanTheAllowanceUnderParallelGuesses() throws Exception {
        String user = Accounts.createUser("VIEWER", List.of());
        String address = nextAddress();
        int guesses = 30;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String password = "tentativo-parallelo-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return login(address, user, password).status();
                }));
            }
            start.countDown();
            int checked = 0;
            int refused = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                checked += status == 401 ? 1 : 0;
                refused += status == 429 ? 1 : 0;
            }
            assertEquals(5, checked, "passwords checked (401) out of " + guesses + " parallel guesses");
            assertEquals(guesses - 5, refused, "guesses refused before any check (429)");
            assertEquals(5, failures("pair:" + address + "|" + user));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldDoubleTheWaitWithEveryFailurePastTheAllowance() {
        String user = Accounts.createUser("VIEWER", List.of());
        String address = nextAddress();
        String key = "pair:" + address + "|" + user;
        for (int i = 0; i < 5; i++) {
            login(address, user, "tentativo-sbagliato-" + i);
        }
        assertEquals("60", login(address, user, "troppo-presto").header("Retry-After"));
        int[] waits = {120, 240};
        for (int wait : waits) {
            // The wait has passed: one more attempt is checked, and fails.
            movePastAttemptsBack(key, wait / 2 + 1);
            assertEquals(401, login(address, user, "di-nuovo-sbagliata").status());
            RawHttp.Reply refused = login(address, user, Accounts.PASSWORD);
            assertEquals(429, refused.status());
            assertEquals(String.valueOf(wait), refused.header("Retry-After"));
        }
        movePastAttemptsBack(key, 241);
        assertEquals(200, login(address, user, Accounts.PASSWORD).status());
        assertEquals(0, rowsFor(key));
    }

    @Test
    void shouldPurgeForgottenAttemptsAndDeadSessionsAsPeopleSignIn() {
        String user = Accounts.createUser("VIEWER", List.of());
        Accounts.Session expired = Accounts.login(user);
        Accounts.Session idle = Accounts.login(user);
        Accounts.Session alive = Accounts.login(user);
        String old = "address:" + nextAddress();
        String recent = "address:" + nextAddress();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("INSERT INTO login_attempt (attempt_key, last_attempt_at, failures) VALUES "
                    + "(?1, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, 3), (?2, UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE, 3)")
                    .setParameter(1, old).setParameter(2, recent).executeUpdate();
            em.createNativeQuery("UPDATE user_session SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND "
                    + "WHERE token_hash = ?1").setParameter(1, Secrets.sha256(expired.cookie())).executeUpdate();
            em.createNativeQuery("UPDATE user_session SET last_seen_at = UTC_TIMESTAMP(6) - INTERVAL 3 HOUR "
                    + "WHERE token_hash = ?1").setParameter(1, Secrets.sha256(idle.cookie())).executeUpdate();
        });
        Accounts.login(user);
        assertEquals(0, rowsFor(old));
        assertEquals(1, rowsFor(recent));
        assertEquals(0, sessions(expired), "expired session");
        assertEquals(0, sessions(idle), "idle session");
        assertEquals(1, sessions(alive), "live session");
    }

    private static RawHttp.Reply login(String address, String user, String password) {
        return RawHttp.postFromProxy("/api/v1/auth/login", address,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    /** Documentation addresses (RFC 5737), one per test and run. */
    private static String nextAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    private static void movePastAttemptsBack(String key, int seconds) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "UPDATE login_attempt SET last_attempt_at = last_attempt_at - INTERVAL ?1 SECOND WHERE attempt_key = ?2")
                .setParameter(1, seconds).setParameter(2, key).executeUpdate());
    }

    private static int failures(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(
                "SELECT failures FROM login_attempt WHERE attempt_key = ?1").setParameter(1, key).getSingleResult())
                .intValue());
    }

    private static int rowsFor(String keyPattern) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM login_attempt WHERE attempt_key LIKE ?1").setParameter(1, keyPattern)
                .getSingleResult()).intValue());
    }

    private static int sessions(Accounts.Session session) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM user_session WHERE token_hash = ?1").setParameter(1, Secrets.sha256(session.cookie()))
                .getSingleResult()).intValue());
    }
}
