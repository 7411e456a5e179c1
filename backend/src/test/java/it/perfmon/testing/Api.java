package it.perfmon.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds throw-away plans through the API, so tests that write never disturb the 2021 data set. */
public final class Api {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030 + (int) (System.nanoTime() % 20));

    private Api() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static int freshYear() {
        int year = NEXT_YEAR.getAndIncrement();
        if (year > 2100) {
            throw new IllegalStateException("Ran out of plan years for tests");
        }
        return year;
    }

    public static long createPlan(int year) {
        return json().body(Map.of("year", year, "title", "Piano di prova " + year))
                .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createPeriod(long planId, String date, String kind) {
        return json().body(Map.of("kind", kind, "referenceDate", date, "label", "Monitoraggio al " + date))
                .post("/api/v1/plans/{id}/periods", planId).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createArea(long planId, int number) {
        return json().body(Map.of("number", number, "title", "Ambito " + number))
                .post("/api/v1/plans/{id}/areas", planId).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long structureId(String code) {
        return json().get("/api/v1/organisations/ARTI/structures").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }

    public static ValidatableResponse postObjective(long planId, Map<String, Object> body) {
        return json().body(body).post("/api/v1/plans/{id}/objectives", planId).then();
    }

    public static long createObjective(long planId, long areaId, String code, Number weight) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("areaId", areaId, "code", code,
                "title", "Obiettivo " + code, "responsibleStructureId", structureId("DIREZIONE")));
        if (weight != null) {
            body.put("weight", weight);
        }
        return postObjective(planId, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createIndicator(long objectiveId, Map<String, Object> body) {
        return json().body(body).post("/api/v1/objectives/{id}/indicators", objectiveId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long createPhase(long objectiveId, int number, String start, String end, Number weight) {
        return json().body(Map.of("number", number, "description", "Fase " + number, "plannedStart", start,
                        "plannedEnd", end, "weight", weight))
                .post("/api/v1/objectives/{id}/phases", objectiveId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    public static String etag(String path, Object... params) {
        return json().get(path, params).then().statusCode(200).extract().header("ETag");
    }
}
