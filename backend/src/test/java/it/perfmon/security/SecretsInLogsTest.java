package it.perfmon.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.DefaultCredentials;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Passwords and tokens must never reach the logs, whatever the outcome of the request that carried them. */
@QuarkusTest
@DefaultCredentials.Without
class SecretsInLogsTest {

    @Test
    void shouldLogNoPasswordNorTokenWhileSigningInAndUsingTokens() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                        + " " + (record.getThrown() == null ? "" : record.getThrown().toString()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // The capture must see what the application logs, or an empty result would prove nothing.
            org.jboss.logging.Logger.getLogger(SecretsInLogsTest.class).info("capture-check");
            String user = Accounts.createUser("EDITOR", List.of("RPCT"));
            RestAssured.given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "password-sbagliata-1"))
                    .post("/api/v1/auth/login").then().statusCode(401);
            Accounts.Session session = Accounts.login(user);
            session.request().get("/api/v1/auth/me").then().statusCode(200);
            String token = Accounts.createToken(List.of("values:read"), List.of());
            Accounts.withToken(token).get("/api/v1/auth/me").then().statusCode(200);
            Accounts.withToken(token + "x").get("/api/v1/auth/me").then().statusCode(401);

            List<String> secrets = List.of(Accounts.PASSWORD, "password-sbagliata-1", token, session.cookie(),
                    DefaultCredentials.ADMIN_TOKEN);
            List<String> leaks = lines.stream().filter(line -> secrets.stream().anyMatch(line::contains)).toList();
            assertEquals(List.of(), leaks);
            assertEquals(true, lines.stream().anyMatch(line -> line.contains("capture-check")), "the capture saw no log");
        } finally {
            root.removeHandler(capture);
        }
    }
}
