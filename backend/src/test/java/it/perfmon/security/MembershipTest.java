package it.perfmon.security;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, the last gap: a person of ARTI who is also a member of organisation B acts in B with their role and
 * structures there, and only there; B's administrators manage the membership, ARTI's keep the account.
 */
@QuarkusTest
@DefaultCredentials.Without
class MembershipTest {

    private static final String RESULT = "/api/v1/indicators/{indicator}/results/{period}";
    private static final String MEMBERS = "/api/v1/organisations/{code}/members";

    @Inject
    EntityManager em;

    /** Organisation B, private, with two structures, a published plan whose objectives are one of each. */
    private String b;
    private Accounts.Session bAdmin;
    private long bPeriod;
    private long ownIndicator;
    private long otherIndicator;

    @BeforeEach
    void organisationB() {
        b = "MEM" + System.nanoTime() % 1_000_000;
        Accounts.Session regional = Accounts.login(Accounts.createUser("REGIONAL", List.of()));
        regional.request().body(Map.of("code", b, "name", "Ente " + b, "publicRead", false, "administrator",
                Map.of("username", "admin." + b.toLowerCase(), "displayName", "Amministratore di " + b, "password",
                        Accounts.PASSWORD))).post("/api/v1/organisations").then().statusCode(201);
        bAdmin = Accounts.login("admin." + b.toLowerCase());
        long own = created(bAdmin.request().body(Map.of("code", "UFFICIO", "name", "Ufficio"))
                .post("/api/v1/organisations/{c}/structures", b));
        long other = created(bAdmin.request().body(Map.of("code", "ALTRO", "name", "Altro ufficio"))
                .post("/api/v1/organisations/{c}/structures", b));
        int year = Api.freshYear();
        long plan = created(bAdmin.request().body(Map.of("year", year, "title", "Piano di " + b)).post("/api/v1/plans"));
        bPeriod = created(bAdmin.request().body(Map.of("kind", "INTERIM", "referenceDate", year + "-06-30", "label",
                "Primo semestre")).post("/api/v1/plans/{id}/periods", plan));
        long area = created(bAdmin.request().body(Map.of("number", 1, "title", "Ambito")).post(
                "/api/v1/plans/{id}/areas", plan));
        ownIndicator = indicator(plan, area, "1.1", own);
        otherIndicator = indicator(plan, area, "1.2", other);
        bAdmin.request().header("If-Match", "\"0\"").post("/api/v1/plans/{id}/publish", plan).then().statusCode(200);
    }

    private long indicator(long plan, long area, String code, long structure) {
        long objective = created(bAdmin.request().body(Map.of("areaId", area, "code", code, "title", "Obiettivo " + code,
                "weight", 50, "responsibleStructureId", structure)).post("/api/v1/plans/{id}/objectives", plan));
        return created(bAdmin.request().body(Map.of("description", "Pratiche " + code, "kind", "DIRECT", "targetValue",
                80)).post("/api/v1/objectives/{id}/indicators", objective));
    }

    @Test
    void shouldLetAPersonOfArtiActInBForTheirBStructureOnlyAndSwitchBack() {
        String person = Accounts.createUser("VIEWER", List.of());
        bAdmin.request().body(Map.of("role", "EDITOR", "structures", List.of("UFFICIO")))
                .put(MEMBERS + "/{u}", b, person).then().statusCode(201)
                .body("username", equalTo(person)).body("homeOrganisation", equalTo("ARTI"))
                .body("role", equalTo("EDITOR")).body("structures", contains("UFFICIO"));
        Accounts.Session session = Accounts.login(person);
        session.request().get("/api/v1/auth/me").then().statusCode(200)
                .body("organisation.code", equalTo("ARTI")).body("role", equalTo("VIEWER"))
                .body("structures", empty())
                .body("memberships.code", contains("ARTI", b)).body("memberships.role", contains("VIEWER", "EDITOR"));

        session.request().body(Map.of("organisation", b)).put("/api/v1/auth/me/organisation").then().statusCode(200)
                .body("organisation.code", equalTo(b)).body("role", equalTo("EDITOR"))
                .body("structures", contains("UFFICIO")).body("memberships.code", contains("ARTI", b));
        session.request().get("/api/v1/auth/me").then().body("organisation.code", equalTo(b));

        // B's data of their B structure: written. Of B's other structure: refused.
        session.request().body(Map.of("enteredValue", 42, "monitoringNote", "Dal membro"))
                .put(RESULT, ownIndicator, bPeriod).then().statusCode(201);
        session.request().body(Map.of("enteredValue", 7)).put(RESULT, otherIndicator, bPeriod).then().spec(problem(403));
        // ARTI's data, while acting in B with a B-only role: refused, and ARTI's result stays as it was.
        long artiIndicator = Arti2021.indicatorIdAs(Accounts.asAdmin(), "1.1", 1);
        long artiPeriod = Accounts.asAdmin().get("/api/v1/plans/{id}/periods", Arti2021.planIdAs(Accounts.asAdmin()))
                .then().extract().jsonPath().getLong("items.find { it.kind == 'INTERIM' }.id");
        String before = Accounts.asAdmin().get(RESULT, artiIndicator, artiPeriod).asString();
        session.request().body(Map.of("enteredValue", 1)).put(RESULT, artiIndicator, artiPeriod).then()
                .statusCode(isOneOf(403, 404));
        assertEquals(before, Accounts.asAdmin().get(RESULT, artiIndicator, artiPeriod).asString());
        // Lists without a filter are those of the organisation acted in.
        session.request().get("/api/v1/plans").then().statusCode(200).body("items.organisationCode",
                not(hasItem("ARTI")));

        session.request().body(Map.of("organisation", "ARTI")).put("/api/v1/auth/me/organisation").then()
                .statusCode(200).body("organisation.code", equalTo("ARTI")).body("role", equalTo("VIEWER"))
                .body("structures", empty());
        session.request().body(Map.of("enteredValue", 43)).put(RESULT, ownIndicator, bPeriod).then()
                .statusCode(isOneOf(403, 404));
    }

    @Test
    void shouldRecordTheMembershipAndTheSwitchInTheTrailOfB() {
        String person = Accounts.createUser("VIEWER", List.of());
        bAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, person).then().statusCode(201);
        Accounts.Session session = Accounts.login(person);
        session.request().body(Map.of("organisation", b)).put("/api/v1/auth/me/organisation").then().statusCode(200);
        bAdmin.request().queryParam("entityType", "membership").get("/api/v1/audit").then().statusCode(200)
                .body("items[0].action", equalTo("CREATE")).body("items[0].actorName", equalTo("admin." + b.toLowerCase()));
        bAdmin.request().queryParam("entityType", "session").get("/api/v1/audit").then().statusCode(200)
                .body("items[0].actorName", equalTo(person))
                .body("items[0].changes.find { it.field == 'organisation' }.newValue", equalTo(b));
        // ARTI's trail has neither.
        Accounts.asAdmin().queryParam("entityType", "session").get("/api/v1/audit").then().statusCode(200)
                .body("items.actorName", not(hasItem(person)));
    }

    @Test
    void shouldCreateOnceAndThenUpdateTheSameMembership() {
        String person = Accounts.createUser("VIEWER", List.of());
        Map<String, Object> editor = Map.of("role", "EDITOR", "structures", List.of("UFFICIO"));
        bAdmin.request().body(editor).put(MEMBERS + "/{u}", b, person).then().statusCode(201);
        bAdmin.request().body(editor).put(MEMBERS + "/{u}", b, person).then().statusCode(200)
                .body("structures", contains("UFFICIO"));
        bAdmin.request().body(Map.of("role", "EDITOR", "structures", List.of("ALTRO"))).put(MEMBERS + "/{u}", b, person)
                .then().statusCode(200).body("structures", contains("ALTRO"));
        bAdmin.request().get(MEMBERS, b).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].username", equalTo(person)).body("items[0].structures", contains("ALTRO"));
        assertEquals(1L, memberships(b));
        // The home account keeps its own structures, and ARTI's list of users shows none of B's.
        Accounts.asAdmin().get("/api/v1/users?limit=500").then().statusCode(200)
                .body("items.find { it.username == '" + person + "' }.structures", empty());
        // B's list of users is its own accounts.
        bAdmin.request().get("/api/v1/users").then().body("items.username", not(hasItem(person)));
    }

    @Test
    void shouldSendTheSessionHomeWhenTheMembershipIsRemoved() {
        String person = Accounts.createUser("EDITOR", List.of("DIREZIONE"));
        bAdmin.request().body(Map.of("role", "ADMINISTRATOR")).put(MEMBERS + "/{u}", b, person).then().statusCode(201);
        Accounts.Session session = Accounts.login(person);
        session.request().body(Map.of("organisation", b)).put("/api/v1/auth/me/organisation").then().statusCode(200)
                .body("role", equalTo("ADMINISTRATOR"));
        session.request().get(MEMBERS, b).then().statusCode(200);

        bAdmin.request().delete(MEMBERS + "/{u}", b, person).then().statusCode(204);
        session.request().get("/api/v1/auth/me").then().statusCode(200).body("organisation.code", equalTo("ARTI"))
                .body("role", equalTo("EDITOR")).body("structures", contains("DIREZIONE"))
                .body("memberships.code", contains("ARTI"));
        assertEquals(0L, sessionsActingIn(b));
        // An editor at home again: no longer an administrator of B.
        session.request().get(MEMBERS, b).then().spec(problem(403));
        session.request().body(Map.of("organisation", b)).put("/api/v1/auth/me/organisation").then()
                .spec(problem(400, "organisation"));
        bAdmin.request().delete(MEMBERS + "/{u}", b, person).then().spec(problem(404, "username"));
    }

    @Test
    void shouldFallBackHomeWhenTheMembershipIsGoneWhateverTheSessionRowSays() {
        String person = Accounts.createUser("VIEWER", List.of());
        bAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, person).then().statusCode(201);
        Accounts.Session session = Accounts.login(person);
        session.request().body(Map.of("organisation", b)).put("/api/v1/auth/me/organisation").then().statusCode(200);
        // Removed behind the API's back (another replica, a database script): the role is not kept.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete m from user_membership m join "
                + "organisation o on o.id = m.organisation_id where o.code = ?1").setParameter(1, b).executeUpdate());
        session.request().get("/api/v1/auth/me").then().body("organisation.code", equalTo("ARTI"));
    }

    @Test
    void shouldRefuseInvalidMembershipsNamingTheFieldAndWriteNothing() {
        String person = Accounts.createUser("VIEWER", List.of());
        bAdmin.request().body(Map.of("role", "REGIONAL")).put(MEMBERS + "/{u}", b, person).then()
                .spec(problem(400, "role"));
        bAdmin.request().body(Map.of("role", "EDITOR")).put(MEMBERS + "/{u}", b, person).then()
                .spec(problem(400, "structures"));
        bAdmin.request().body(Map.of("role", "EDITOR", "structures", List.of("DIREZIONE"))).put(MEMBERS + "/{u}", b,
                person).then().spec(problem(400, "structures"));
        bAdmin.request().body(Map.of("role", "OIV", "structures", List.of("UFFICIO"))).put(MEMBERS + "/{u}", b, person)
                .then().spec(problem(400, "structures"));
        Map<String, Object> noRole = new HashMap<>();
        noRole.put("structures", List.of());
        bAdmin.request().body(noRole).put(MEMBERS + "/{u}", b, person).then().spec(problem(400, "role"));
        bAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, "admin." + b.toLowerCase()).then()
                .spec(problem(400, "username"));
        Response unknown = bAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, "nessuno.mai");
        unknown.then().spec(problem(404, "username"));
        assertEquals(0L, memberships(b));
    }

    @Test
    void shouldAnswerASuspendedAccountAsAnUnknownOne() {
        Accounts.User person = Accounts.createUser("VIEWER", List.of(), null);
        String etag = Accounts.asAdmin().get("/api/v1/users/{id}", person.id()).then().extract().header("ETag");
        Accounts.asAdmin().header("If-Match", etag).body(Map.of("username", person.username(), "displayName", "Sospeso",
                "role", "VIEWER", "active", false)).put("/api/v1/users/{id}", person.id()).then().statusCode(200);
        String suspended = bAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, person.username())
                .then().spec(problem(404, "username")).extract().path("errors[0].message");
        String absent = bAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, "nessuno")
                .then().spec(problem(404, "username")).extract().path("errors[0].message");
        assertEquals(absent.replace("nessuno", ""), suspended.replace(person.username(), ""));
        assertEquals(0L, memberships(b));
    }

    @Test
    void shouldLetOnlyTheAdministratorsOfBManageItsMembers() {
        String person = Accounts.createUser("VIEWER", List.of());
        Accounts.Session bViewer = Accounts.login(createIn(bAdmin, "VIEWER"));
        bViewer.request().get(MEMBERS, b).then().spec(problem(403));
        bViewer.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, person).then().spec(problem(403));
        // An administrator of ARTI: B is private, so unknown.
        Accounts.Session artiAdmin = Accounts.login(Accounts.createUser("ADMINISTRATOR", List.of()));
        artiAdmin.request().get(MEMBERS, b).then().spec(problem(404));
        artiAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, person).then().spec(problem(404));
        // Without the CSRF header a session changes nothing.
        given().cookie("perfmon_session", bAdmin.cookie()).contentType(ContentType.JSON)
                .body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, person).then().spec(problem(403));
        assertEquals(0L, memberships(b));
    }

    @Test
    void shouldRefuseASwitchByATokenOrWithoutTheCsrfHeader() {
        String token = Accounts.createToken(List.of("values:read"), List.of());
        Accounts.withToken(token).body(Map.of("organisation", "ARTI")).put("/api/v1/auth/me/organisation").then()
                .spec(problem(403));
        Accounts.withToken(token).get("/api/v1/auth/me").then().statusCode(200)
                .body("memberships.code", contains("ARTI")).body("memberships[0].role", nullValue());
        String person = Accounts.createUser("VIEWER", List.of());
        bAdmin.request().body(Map.of("role", "VIEWER")).put(MEMBERS + "/{u}", b, person).then().statusCode(201);
        Accounts.Session session = Accounts.login(person);
        given().cookie("perfmon_session", session.cookie()).contentType(ContentType.JSON)
                .body(Map.of("organisation", b)).put("/api/v1/auth/me/organisation").then().spec(problem(403));
        session.request().body(Map.of("organisation", "NESSUNA")).put("/api/v1/auth/me/organisation").then()
                .spec(problem(400, "organisation"));
        session.request().body(Map.of()).put("/api/v1/auth/me/organisation").then().spec(problem(400, "organisation"));
        session.request().get("/api/v1/auth/me").then().body("organisation.code", equalTo("ARTI"));
    }

    @Test
    void shouldKeepTheHomeAdministratorsMembershipsWhenTheyEditTheAccount() {
        Accounts.User person = Accounts.createUser("EDITOR", List.of("RPCT"), null);
        bAdmin.request().body(Map.of("role", "EDITOR", "structures", List.of("UFFICIO")))
                .put(MEMBERS + "/{u}", b, person.username()).then().statusCode(201);
        String etag = Accounts.asAdmin().get("/api/v1/users/{id}", person.id()).then().statusCode(200)
                .body("structures", contains("RPCT")).extract().header("ETag");
        Accounts.asAdmin().header("If-Match", etag).body(Map.of("username", person.username(), "displayName", "Nuovo nome",
                "role", "EDITOR", "structures", List.of("DIREZIONE"))).put("/api/v1/users/{id}", person.id()).then()
                .statusCode(200).body("structures", contains("DIREZIONE"));
        bAdmin.request().get(MEMBERS, b).then().body("items[0].structures", contains("UFFICIO"))
                .body("items[0].displayName", is("Nuovo nome"));
    }

    private static String createIn(Accounts.Session admin, String role) {
        String username = role.toLowerCase() + ".b." + System.nanoTime() % 1_000_000;
        admin.request().body(Map.of("username", username, "displayName", "Persona di B", "password", Accounts.PASSWORD,
                "role", role)).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    private long memberships(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + "user_membership m join organisation o on o.id = m.organisation_id where o.code = ?1")
                .setParameter(1, code).getSingleResult()).longValue());
    }

    private long sessionsActingIn(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + "user_session s join organisation o on o.id = s.organisation_id where o.code = ?1")
                .setParameter(1, code).getSingleResult()).longValue());
    }

    private static long created(Response response) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
