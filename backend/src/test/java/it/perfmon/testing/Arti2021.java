package it.perfmon.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** Finds things of the default 2021 data set by what a person knows them by. */
public final class Arti2021 {

    private Arti2021() {
    }

    public static long planId() {
        return given().queryParam("year", 2021).get("/api/v1/plans").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    public static long interimPeriodId() {
        long planId = planId();
        return given().get("/api/v1/plans/{id}/periods", planId).then().log().ifValidationFails().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.kind == 'INTERIM' }.id");
    }

    public static JsonPath report() {
        return given().queryParam("periodId", interimPeriodId()).get("/api/v1/plans/{id}/report", planId())
                .then().statusCode(200).extract().jsonPath();
    }

    public static long finalPeriodId() {
        return given().get("/api/v1/plans/{id}/periods", planId()).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.kind == 'FINAL' }.id");
    }

    public static long areaId(int number) {
        return given().get("/api/v1/plans/{id}/areas", planId()).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.number == " + number + " }.id");
    }

    /** An indicator by its objective's code and its position (1 for the first). */
    public static long indicatorId(String code, int position) {
        return given().get("/api/v1/objectives/{id}/indicators", objectiveId(code)).then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.position == " + position + " }.id");
    }

    /** The 2021 plan's id, read with the given credentials (for tests where reading is not public). */
    public static long planIdAs(io.restassured.specification.RequestSpecification request) {
        return request.queryParam("year", 2021).get("/api/v1/plans").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    public static long indicatorIdAs(io.restassured.specification.RequestSpecification request, String code, int position) {
        long plan = planIdAs(Accounts.asAdmin());
        long objective = Accounts.asAdmin().get("/api/v1/plans/{id}/objectives?limit=100", plan).then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
        return request.get("/api/v1/objectives/{id}/indicators", objective).then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.position == " + position + " }.id");
    }

    public static long objectiveId(String code) {
        return given().get("/api/v1/plans/{id}/objectives?limit=100", planId()).then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }
}
