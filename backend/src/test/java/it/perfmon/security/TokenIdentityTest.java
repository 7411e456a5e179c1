package it.perfmon.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.DefaultCredentials;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Token names need not be unique: two scripts may both be called "sistema colloqui". Their idempotency keys and
 * their lines in the audit trail are kept apart by the token's id.
 */
@QuarkusTest
@DefaultCredentials.Without
class TokenIdentityTest {

    private record Token(long id, String secret) {
    }

    private static Token token(String name, long indicator) {
        JsonPath created = Accounts.asAdmin().body(Map.of("name", name, "scopes", List.of(Actor.COUNTS_WRITE),
                        "indicatorIds", List.of(indicator), "expiresOn", LocalDate.now().plusMonths(1).toString()))
                .post("/api/v1/tokens").then().statusCode(201).extract().jsonPath();
        return new Token(created.getLong("id"), created.getString("token"));
    }

    private static Map<String, Object> row(long indicator, String from, String to, int value) {
        return Map.of("indicatorId", indicator, "component", "NUMERATOR", "from", from, "to", to, "value", value);
    }

    @Test
    void shouldKeepTheIdempotencyKeysAndTrailOfTwoTokensOfTheSameNameApart() {
        Api.SharedPlan plan = Api.SharedPlan.create();
        long indicator = Api.createIndicator(plan.newObjective().objectiveId(), Map.of("description", "Colloqui erogati",
                "kind", "RATIO_PLANNED", "plannedQuantity", 20000, "targetValue", 100));
        Token first = token("sistema colloqui", indicator);
        Token second = token("sistema colloqui", indicator);
        int year = plan.year();

        Accounts.withToken(first.secret()).header("Idempotency-Key", "colloqui-marzo")
                .body(Map.of("rows", List.of(row(indicator, year + "-03-01", year + "-03-31", 6633))))
                .post("/api/v1/counts/batch").then().statusCode(200).body("created", equalTo(1));
        // The same key from the other token is its own request: applied, not refused as reused nor replayed.
        Accounts.withToken(second.secret()).header("Idempotency-Key", "colloqui-marzo")
                .body(Map.of("rows", List.of(row(indicator, year + "-04-01", year + "-04-30", 6208))))
                .post("/api/v1/counts/batch").then().statusCode(200).header("Idempotent-Replayed", (String) null)
                .body("created", equalTo(1));

        Accounts.asAdmin().get("/api/v1/indicators/{id}/counts", indicator).then().statusCode(200)
                .body("items.updatedBy", hasItems("token:" + first.id(), "token:" + second.id()));
        Accounts.asAdmin().queryParam("entityType", "count").queryParam("limit", 50).get("/api/v1/audit").then()
                .body("items.actorName", hasItems("token:" + first.id(), "token:" + second.id()));
        Accounts.withToken(second.secret()).get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo("token:" + second.id())).body("displayName", equalTo("sistema colloqui"))
                .body("username", not(equalTo("token:" + first.id())));
    }
}
