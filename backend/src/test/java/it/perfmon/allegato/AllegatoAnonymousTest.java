package it.perfmon.allegato;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.DefaultCredentials;
import org.junit.jupiter.api.Test;

/** With public reading on (the default), anyone may download the published Allegato A. */
@QuarkusTest
@DefaultCredentials.Without
class AllegatoAnonymousTest {

    @Test
    void shouldLetAnonymousReadersDownloadEveryFormat() {
        long planId = given().queryParam("year", 2021).get("/api/v1/plans").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        for (String format : new String[] {"xlsx", "pdf", "csv"}) {
            given().queryParam("format", format).get("/api/v1/plans/{id}/allegato-a", planId).then().statusCode(200);
        }
    }
}
