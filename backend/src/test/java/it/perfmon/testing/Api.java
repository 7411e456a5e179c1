package it.perfmon.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds throw-away plans through the API, so tests that write never disturb the 2021 data set. */
public final class Api {

    // Plan years are unique per organisation and range over 2000-2100, so they are a budget: classes that need many
    // plans share one (SharedPlan) and give each test its own area and objective in it.
    private static final int FIRST_FRESH_YEAR = 2023;
    private static final int FIRST_PAST_YEAR = 2000;
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(FIRST_FRESH_YEAR);
    private static final AtomicInteger NEXT_PAST_YEAR = new AtomicInteger(FIRST_PAST_YEAR);

    private Api() {
    }

    /** As the administrator, so that tests of who may do what can build their fixtures too. */
    public static RequestSpecification json() {
        return given().header("Authorization", "Bearer " + DefaultCredentials.ADMIN_TOKEN).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A year without a plan, from 2023 on: 2022 is ARTI's next-year plan, made from 2021 by NextYearPlanTest. */
    public static int freshYear() {
        return freeYear(NEXT_YEAR, FIRST_FRESH_YEAR, 2100);
    }

    /** A year already over and without a plan, for phases that must be reported completed (never in the future). */
    public static int pastYear() {
        return freeYear(NEXT_PAST_YEAR, FIRST_PAST_YEAR, 2020);
    }

    /**
     * The next year of the range without a plan. The API takes years up to 2100 only, so the range is a budget shared
     * by every test of the run: once it is used up, the search starts again from its first year, for the years handed
     * out to requests that were refused, or whose plans were deleted since.
     */
    private static synchronized int freeYear(AtomicInteger next, int first, int last) {
        for (int round = 0; round < 2; round++) {
            for (int year = next.getAndIncrement(); year <= last; year = next.getAndIncrement()) {
                // As the administrator, who sees drafts too: a draft takes its year as much as a published plan.
                int taken = json().queryParam("year", year).get("/api/v1/plans").then().statusCode(200).extract()
                        .path("total");
                if (taken == 0) {
                    return year;
                }
            }
            next.set(first);
        }
        throw new IllegalStateException("Ran out of plan years for tests: every year from " + first + " to " + last
                + " has a plan");
    }

    /** The ids of a throw-away plan with an interim period at 30 June, area 1 and objective 1.1. */
    public record PlanFixture(int year, long planId, long periodId, long areaId, long objectiveId) {
    }

    public static PlanFixture planWithObjective(int year) {
        long planId = createPlan(year);
        long periodId = createPeriod(planId, year + "-06-30", "INTERIM");
        long areaId = createArea(planId, 1);
        long objectiveId = createObjective(planId, areaId, "1.1", 8);
        return new PlanFixture(year, planId, periodId, areaId, objectiveId);
    }

    /** A throw-away plan shared by the tests of one class; each test takes a new area (and objective) of its own. */
    public static final class SharedPlan {

        private final AtomicInteger nextArea = new AtomicInteger(1);
        private final int year;
        private final long planId;
        private final long periodId;

        private SharedPlan(int year) {
            this.year = year;
            this.planId = createPlan(year);
            this.periodId = createPeriod(planId, year + "-06-30", "INTERIM");
        }

        public static SharedPlan create() {
            return new SharedPlan(freshYear());
        }

        public static SharedPlan createInThePast() {
            return new SharedPlan(pastYear());
        }

        public int year() {
            return year;
        }

        public long planId() {
            return planId;
        }

        /** The interim period at 30 June. */
        public long periodId() {
            return periodId;
        }

        public int nextAreaNumber() {
            int number = nextArea.getAndIncrement();
            if (number > 99) {
                throw new IllegalStateException("Ran out of area numbers in plan " + year);
            }
            return number;
        }

        /** A new area with no objective yet. */
        public long newArea() {
            return createArea(planId, nextAreaNumber());
        }

        /** A new area holding one objective (weight 8) coded after it: area 7 holds objective 7.1. */
        public PlanFixture newObjective() {
            int number = nextAreaNumber();
            long areaId = createArea(planId, number);
            return new PlanFixture(year, planId, periodId, areaId, createObjective(planId, areaId, number + ".1", 8));
        }
    }

    public static Map<String, Object> objectiveBody(long areaId, String code) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("areaId", areaId);
        body.put("code", code);
        body.put("title", "Redazione delle Linee guida per le attività e le misure di politiche attive erogate dai "
                + "centri per l'impiego");
        body.put("weight", 8);
        body.put("responsibleStructureId", structureId("DIREZIONE"));
        body.put("programmingLink", "Progetto DEFR n. 11");
        return body;
    }

    public static long createTimelineIndicator(long objectiveId) {
        return createIndicator(objectiveId, Map.of("description",
                "Realizzazione delle attività previste secondo il cronoprogramma", "kind", "TIMELINE",
                "targetValue", 100));
    }

    public static long createDirectIndicator(long objectiveId) {
        return createIndicator(objectiveId, Map.of("description",
                "Numero utenti soddisfatti/numero utenti su cui è stata effettuata la rilevazione", "kind", "DIRECT",
                "targetValue", 79, "baselineValue", 79.69, "baselineReference", "dato 2020"));
    }

    /** A published plan, as the plans whose behaviour the tests check are: a draft is seen by administrators only. */
    public static long createPlan(int year) {
        long planId = createDraftPlan(year);
        json().header("If-Match", "\"0\"").post("/api/v1/plans/{id}/publish", planId).then().statusCode(200);
        return planId;
    }

    public static long createDraftPlan(int year) {
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
