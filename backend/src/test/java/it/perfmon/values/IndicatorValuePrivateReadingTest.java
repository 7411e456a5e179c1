package it.perfmon.values;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Arti2021;
import it.perfmon.testing.DefaultCredentials;
import it.perfmon.testing.OidcProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With MONITOR_PUBLIC_READ=false, regional systems pull the values with a values:read token. */
@QuarkusTest
@TestProfile(OidcProfiles.OidcAndPrivateReading.class)
@DefaultCredentials.Without
class IndicatorValuePrivateReadingTest {

    private static final String VALUES = "/api/v1/indicator-values";

    @Test
    void shouldLetATokenWithValuesReadPullTheCsv() {
        String token = Accounts.createToken(List.of("values:read"), List.of());
        Accounts.withToken(token).accept("text/csv").queryParam("year", 2021).get(VALUES).then().statusCode(200)
                .body(containsString("188.935"));
    }

    @Test
    void shouldRefuseATokenThatOnlyPostsCounts() {
        long indicator = Arti2021.indicatorIdAs(Accounts.asAdmin(), "1.5", 2);
        String countsOnly = Accounts.createToken(List.of("counts:write"), List.of(indicator));
        Accounts.withToken(countsOnly).accept("text/csv").get(VALUES).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAskAnonymousSystemsToAuthenticate() {
        given().accept("text/csv").get(VALUES).then().statusCode(401).contentType("application/problem+json");
    }
}
