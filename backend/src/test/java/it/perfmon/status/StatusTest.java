package it.perfmon.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatusTest {

    @Test
    void shouldAnswerStatus200AsProblemDetails() {
        given().get("/status").then().statusCode(200)
                .contentType("application/problem+json")
                .body("status", equalTo(200))
                .body("title", equalTo("OK"))
                .body("instance", equalTo("/status"));
    }

    @Test
    void shouldBeReadyWithTheDatabaseUp() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void shouldBeLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
