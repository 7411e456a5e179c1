package it.perfmon.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** People and tokens for tests of who may do what, created through the API as the administrator. */
public final class Accounts {

    public static final String PASSWORD = "una-password-lunga-2021";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Accounts() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + DefaultCredentials.ADMIN_TOKEN).contentType(ContentType.JSON);
    }

    /** A new user with a unique name; structures are codes such as RPCT. */
    public static String createUser(String role, List<String> structures) {
        return createUser(role, structures, null).username();
    }

    /** A user as the administrator created it. */
    public record User(long id, String username, String email) {
    }

    /** A new user with a unique name and, when not null, an e-mail address. */
    public static User createUser(String role, List<String> structures, String email) {
        String username = role.toLowerCase() + "." + System.nanoTime() % 100000 + "." + NEXT.incrementAndGet();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName",
                "Utente " + username, "password", PASSWORD, "role", role, "structures", structures));
        if (email != null) {
            body.put("email", email);
        }
        long id = asAdmin().body(body).post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        return new User(id, username, email);
    }

    /** A signed-in browser: its cookie and the CSRF token it must send with changes. */
    public record Session(String cookie, String csrf) {

        public RequestSpecification request() {
            return given().cookie("perfmon_session", cookie).header("Csrf-Token", csrf).contentType(ContentType.JSON)
                    .accept(ContentType.JSON);
        }
    }

    public static Session login(String username) {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().response();
        return new Session(response.getCookie("perfmon_session"), response.jsonPath().getString("csrfToken"));
    }

    /** A token's secret, as shown once at creation. */
    public static String createToken(List<String> scopes, List<Long> indicatorIds) {
        return asAdmin().body(Map.of("name", "token di prova " + NEXT.incrementAndGet(), "scopes", scopes,
                        "indicatorIds", indicatorIds, "expiresOn", LocalDate.now().plusMonths(6).toString()))
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
