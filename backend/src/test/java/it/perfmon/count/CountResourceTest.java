package it.perfmon.count;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import it.perfmon.testing.Accounts;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scripts post counts; retries must never count twice and bad input must write nothing. */
@QuarkusTest
class CountResourceTest {

    private static final List<String> UNITS = List.of("AR-SI", "FI-PO", "LU-PT", "PI-MS", "GR-LI");
    /** Remote interviews of the first half of 2021 by month; they sum to 37.787 as in the Allegato A. */
    private static final int[] MONTHS = {5_912, 6_104, 6_633, 6_208, 6_517, 6_413};

    private record Fixture(int year, long planId, long periodId, long ratioPlanned, long ratio, long timeline) {
    }

    private static Api.SharedPlan shared;

    /** Each test its own objective and indicators, in one plan for the class: plan years are a budget. */
    private static synchronized Fixture fixture() {
        if (shared == null) {
            shared = Api.SharedPlan.create();
        }
        Api.PlanFixture plan = shared.newObjective();
        int year = plan.year();
        long ratioPlanned = Api.createIndicator(plan.objectiveId(), Map.of("description",
                "Numero colloqui erogati a distanza/Numero di colloqui che si prevede di erogare", "kind", "RATIO_PLANNED",
                "plannedQuantity", 20000, "targetValue", 100));
        long ratio = Api.createIndicator(plan.objectiveId(), Map.of("description",
                "Numero istruttorie effettuate/numero domande pervenute", "kind", "RATIO", "targetValue", 100));
        long timeline = Api.createIndicator(plan.objectiveId(), Map.of("description",
                "Realizzazione secondo il cronoprogramma", "kind", "TIMELINE", "targetValue", 100));
        return new Fixture(year, plan.planId(), plan.periodId(), ratioPlanned, ratio, timeline);
    }

    /** Monthly figures for January to June split across the five units, summing to 37.787. */
    private static List<Map<String, Object>> firstHalfOfRemoteInterviews(long indicator, int year) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int m = 0; m < MONTHS.length; m++) {
            LocalDate from = LocalDate.of(year, m + 1, 1);
            int left = MONTHS[m];
            for (int u = 0; u < UNITS.size(); u++) {
                int share = u == UNITS.size() - 1 ? left : MONTHS[m] / UNITS.size();
                left -= share;
                rows.add(row(indicator, "NUMERATOR", from, from.withDayOfMonth(from.lengthOfMonth()), UNITS.get(u), share));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(long indicator, String component, LocalDate from, LocalDate to, String unit,
            Number value) {
        Map<String, Object> row = new HashMap<>();
        row.put("indicatorId", indicator);
        row.put("component", component);
        row.put("from", from.toString());
        row.put("to", to.toString());
        row.put("territorialUnit", unit);
        row.put("value", value);
        return row;
    }

    private static BigDecimal computedValue(Fixture f, long indicator) {
        JsonPath report = Api.json().queryParam("periodId", f.periodId()).get("/api/v1/plans/{id}/report", f.planId())
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Object value = report.get("areas.objectives.flatten().indicators.flatten().find { it.id == " + indicator
                + " }.computedValue");
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static long counts(long indicator) {
        return QuarkusTransaction.requiringNew().call(() -> IndicatorCount.count("indicator.id", indicator));
    }

    @Test
    void shouldCountTheFirstHalfOfRemoteInterviewsExactlyOnceAcrossRetries() {
        Fixture f = fixture();
        Map<String, Object> batch = Map.of("rows", firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year()));

        Api.json().header("Idempotency-Key", "colloqui-2021-h1").body(batch).post("/api/v1/counts/batch").then()
                .statusCode(200).body("created", equalTo(30)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        Api.json().header("Idempotency-Key", "colloqui-2021-h1").body(batch).post("/api/v1/counts/batch").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("created", equalTo(30));
        Api.json().body(batch).post("/api/v1/counts/batch").then()
                .statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(30));

        assertEquals(30, counts(f.ratioPlanned()));
        assertEquals(0, new BigDecimal("188.935").compareTo(computedValue(f, f.ratioPlanned())));
    }

    @Test
    void shouldWriteNothingAndNameTheRowWhenOneOfAThousandIsBad() {
        Fixture f = fixture();
        List<Map<String, Object>> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(f.year(), 1, 1);
        while (rows.size() < 1000) {
            for (String unit : UNITS) {
                rows.add(row(f.ratioPlanned(), "NUMERATOR", day, day, unit, 40));
            }
            day = day.plusDays(1);
        }
        rows.get(537).put("value", -3);
        Api.json().body(Map.of("rows", rows)).post("/api/v1/counts/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("rows[537].value"));
        assertEquals(0, counts(f.ratioPlanned()));
    }

    @Test
    void shouldReportEveryBadRowOfABatchWithItsIndexAndWriteNothing() {
        Fixture f = fixture();
        List<Map<String, Object>> rows = List.of(
                row(f.ratioPlanned(), "NUMERATOR", LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 1, 31), "FI-PO", 10),
                row(f.timeline(), "NUMERATOR", LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 1, 31), null, 10),
                row(f.ratioPlanned(), "NUMERATOR", LocalDate.of(f.year() - 1, 12, 1), LocalDate.of(f.year(), 1, 31), null, 10),
                row(f.ratioPlanned(), "NUMERATOR", LocalDate.of(f.year(), 2, 1), LocalDate.of(f.year(), 2, 28), "XX-YY", 10));
        Api.json().body(Map.of("rows", rows)).post("/api/v1/counts/batch").then().statusCode(400)
                .body("errors.index", equalTo(List.of(1, 2, 3)))
                .body("errors.field", equalTo(List.of("rows[1].indicatorId", "rows[2].from", "rows[3].territorialUnit")));
        assertEquals(0, counts(f.ratioPlanned()));
    }

    @Test
    void shouldUpdateAFigurePostedAgainUnderTheSameKeyNeverAddASecondOne() {
        Fixture f = fixture();
        Map<String, Object> march = Map.of("component", "NUMERATOR", "from", f.year() + "-03-01", "to", f.year() + "-03-31",
                "territorialUnit", "FI-PO", "value", 1200);
        Api.json().body(march).put("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(201)
                .body("outcome", equalTo("CREATED")).body("count.updatedBy", equalTo("bootstrap-token"));
        Api.json().body(march).put("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));
        Map<String, Object> corrected = new HashMap<>(march);
        corrected.put("value", 1250);
        Api.json().body(corrected).put("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(200)
                .body("outcome", equalTo("UPDATED")).body("count.value", equalTo(1250));
        assertEquals(1, counts(f.ratioPlanned()));
    }

    @Test
    void shouldRefuseASpanThatWouldCountTheSameDaysTwice() {
        Fixture f = fixture();
        Api.json().body(Map.of("component", "NUMERATOR", "from", f.year() + "-01-01", "to", f.year() + "-03-31",
                "value", 900)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(201);
        // March by unit against a quarterly total, then a month straddling the quarter: both count days twice.
        Api.json().body(Map.of("component", "NUMERATOR", "from", f.year() + "-03-01", "to", f.year() + "-03-31",
                        "territorialUnit", "PI-MS", "value", 300)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned())
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.json().body(Map.of("component", "NUMERATOR", "from", f.year() + "-03-15", "to", f.year() + "-04-14",
                "value", 300)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned())
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        assertEquals(1, counts(f.ratioPlanned()));
    }

    @Test
    void shouldRefuseABatchRowOverlappingAFigurePostedBeforeOverLongerDays() {
        Fixture f = fixture();
        Api.json().body(Map.of("component", "NUMERATOR", "from", f.year() + "-01-01", "to", f.year() + "-03-31",
                "value", 900)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(201);
        Api.json().body(Map.of("rows", List.of(
                        row(f.ratioPlanned(), "NUMERATOR", LocalDate.of(f.year(), 4, 1), LocalDate.of(f.year(), 4, 30), "PI-MS", 10),
                        row(f.ratioPlanned(), "NUMERATOR", LocalDate.of(f.year(), 3, 31), LocalDate.of(f.year(), 3, 31), "PI-MS", 10))))
                .post("/api/v1/counts/batch").then().statusCode(400)
                .body("errors.field", equalTo(List.of("rows[1].from")));
        assertEquals(1, counts(f.ratioPlanned()));
    }

    @Test
    void shouldKeepTheLastFigureWhenABatchPostsTheSameKeyTwice() {
        Fixture f = fixture();
        LocalDate day = LocalDate.of(f.year(), 5, 3);
        Api.json().body(Map.of("rows", List.of(row(f.ratio(), "DENOMINATOR", day, day, "LU-PT", 10),
                        row(f.ratio(), "DENOMINATOR", day, day, "LU-PT", 12))))
                .post("/api/v1/counts/batch").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1));
        Api.json().get("/api/v1/indicators/{id}/counts", f.ratio()).then().statusCode(200)
                .body("items.value", equalTo(List.of(12)));
    }

    @Test
    void shouldRecordWhoPostedEachFigureOfABatchInTheAuditTrail() {
        Fixture f = fixture();
        java.time.Instant before = java.time.Instant.now().minusSeconds(5);
        Api.json().body(Map.of("rows", firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year())))
                .post("/api/v1/counts/batch").then().statusCode(200).body("created", equalTo(30));
        JsonPath counts = Api.json().queryParam("limit", 100).get("/api/v1/indicators/{id}/counts", f.ratioPlanned())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(30, counts.getList("items").size());
        for (int i : new int[] {0, 17, 29}) {
            long id = counts.getLong("items[" + i + "].id");
            JsonPath trail = Api.json().queryParam("entityType", "count").queryParam("entityId", id)
                    .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("CREATE"), trail.getList("items.action"));
            assertEquals("bootstrap-token", trail.getString("items[0].actorName"));
            assertEquals(counts.getInt("items[" + i + "].value"), trail.getInt("items[0].changes.find { it.field == 'value' }.newValue"));
            java.time.Instant at = java.time.Instant.parse(trail.getString("items[0].occurredAt"));
            org.junit.jupiter.api.Assertions.assertTrue(at.isAfter(before) && at.isBefore(java.time.Instant.now().plusSeconds(5)),
                    "recorded at " + at + ", in UTC like every other time");
        }
    }

    @Test
    void shouldAcceptTheSameDaysInDifferentUnits() {
        Fixture f = fixture();
        for (String unit : List.of("AR-SI", "FI-PO")) {
            Api.json().body(Map.of("component", "NUMERATOR", "from", f.year() + "-01-01", "to", f.year() + "-01-31",
                    "territorialUnit", unit, "value", 100)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned())
                    .then().statusCode(201);
        }
        assertEquals(2, counts(f.ratioPlanned()));
    }

    @Test
    void shouldRefuseANegativeFigure() {
        Fixture f = fixture();
        Api.json().body(Map.of("component", "NUMERATOR", "from", f.year() + "-01-01", "to", f.year() + "-01-31",
                "value", -1)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        assertEquals(0, counts(f.ratioPlanned()));
    }

    @Test
    void shouldRefuseAZeroDenominatorThatWouldDivideByZero() {
        Fixture f = fixture();
        Api.json().body(Map.of("component", "DENOMINATOR", "from", f.year() + "-01-01", "to", f.year() + "-06-30",
                "value", 0)).put("/api/v1/indicators/{id}/counts", f.ratio()).then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        assertEquals(0, counts(f.ratio()));
    }

    @Test
    void shouldRefuseAZeroDenominatorInAUnitEvenWhenAnotherUnitCountsSomeInTheSameBatch() {
        Fixture f = fixture();
        LocalDate from = LocalDate.of(f.year(), 1, 1);
        LocalDate to = LocalDate.of(f.year(), 1, 31);
        Api.json().body(Map.of("rows", List.of(
                        row(f.ratio(), "NUMERATOR", from, to, "AR-SI", 12), row(f.ratio(), "DENOMINATOR", from, to, "AR-SI", 0),
                        row(f.ratio(), "NUMERATOR", from, to, "FI-PO", 9), row(f.ratio(), "DENOMINATOR", from, to, "FI-PO", 10))))
                .post("/api/v1/counts/batch").then().statusCode(400)
                .body("errors.field", equalTo(List.of("rows[1].value")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("AR-SI"));
        assertEquals(0, counts(f.ratio()));
    }

    @Test
    void shouldRefuseAZeroDenominatorInAUnitWhenOnlyOtherUnitsHaveCountedSome() {
        Fixture f = fixture();
        Api.json().body(Map.of("component", "DENOMINATOR", "from", f.year() + "-01-01", "to", f.year() + "-01-31",
                "territorialUnit", "FI-PO", "value", 10)).put("/api/v1/indicators/{id}/counts", f.ratio())
                .then().statusCode(201);
        Api.json().body(Map.of("component", "DENOMINATOR", "from", f.year() + "-02-01", "to", f.year() + "-02-28",
                        "territorialUnit", "AR-SI", "value", 0)).put("/api/v1/indicators/{id}/counts", f.ratio())
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        assertEquals(1, counts(f.ratio()));
    }

    @Test
    void shouldAcceptAZeroDenominatorInAUnitThatCountedSomeInAnotherSpan() {
        Fixture f = fixture();
        Api.json().body(Map.of("component", "DENOMINATOR", "from", f.year() + "-01-01", "to", f.year() + "-01-31",
                "territorialUnit", "AR-SI", "value", 10)).put("/api/v1/indicators/{id}/counts", f.ratio())
                .then().statusCode(201);
        Api.json().body(Map.of("component", "DENOMINATOR", "from", f.year() + "-02-01", "to", f.year() + "-02-28",
                        "territorialUnit", "AR-SI", "value", 0)).put("/api/v1/indicators/{id}/counts", f.ratio())
                .then().statusCode(201);
        assertEquals(2, counts(f.ratio()));
    }

    @Test
    void shouldRefuseAZeroDenominatorThatOverwritesTheUnitsOnlyPositiveOne() {
        Fixture f = fixture();
        LocalDate from = LocalDate.of(f.year(), 3, 1);
        LocalDate to = LocalDate.of(f.year(), 3, 31);
        Api.json().body(Map.of("rows", List.of(row(f.ratio(), "DENOMINATOR", from, to, "LU-PT", 5),
                        row(f.ratio(), "DENOMINATOR", from, to, "LU-PT", 0))))
                .post("/api/v1/counts/batch").then().statusCode(400)
                .body("errors.field", equalTo(List.of("rows[1].value")));
        Api.json().body(Map.of("component", "DENOMINATOR", "from", from.toString(), "to", to.toString(),
                "territorialUnit", "LU-PT", "value", 5)).put("/api/v1/indicators/{id}/counts", f.ratio())
                .then().statusCode(201);
        Api.json().body(Map.of("component", "DENOMINATOR", "from", from.toString(), "to", to.toString(),
                        "territorialUnit", "LU-PT", "value", 0)).put("/api/v1/indicators/{id}/counts", f.ratio())
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        assertEquals(1, counts(f.ratio()));
    }

    @Test
    void shouldRefuseADenominatorForARatioAgainstAPlannedQuantity() {
        Fixture f = fixture();
        Api.json().body(Map.of("component", "DENOMINATOR", "from", f.year() + "-01-01", "to", f.year() + "-06-30",
                "value", 100)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(400)
                .body("errors[0].field", equalTo("component"));
    }

    @Test
    void shouldRefuseCountsForAnIndicatorThatIsNotARatio() {
        long timeline = Arti2021.indicatorId("1.7", 1);
        Api.json().body(Map.of("component", "NUMERATOR", "from", "2021-01-01", "to", "2021-01-31", "value", 1))
                .put("/api/v1/indicators/{id}/counts", timeline).then().statusCode(400)
                .body("errors[0].field", equalTo("indicatorId"));
        assertEquals(0, counts(timeline));
    }

    @Test
    void shouldRefuseATokenNotScopedToTheIndicator() {
        Fixture f = fixture();
        String token = Accounts.createToken(List.of("counts:write"), List.of(f.ratio()));
        Accounts.withToken(token).body(Map.of("component", "NUMERATOR", "from", f.year() + "-01-01", "to",
                        f.year() + "-01-31", "value", 5)).put("/api/v1/indicators/{id}/counts", f.ratioPlanned())
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, counts(f.ratioPlanned()));
        Accounts.withToken(token).body(Map.of("component", "NUMERATOR", "from", f.year() + "-01-01", "to",
                        f.year() + "-01-31", "value", 5)).put("/api/v1/indicators/{id}/counts", f.ratio())
                .then().statusCode(201).body("count.updatedBy", equalTo(tokenName(f.ratio())));
    }

    private static String tokenName(long indicator) {
        return Api.json().get("/api/v1/indicators/{id}/counts", indicator).then().extract().path("items[0].updatedBy");
    }

    @Test
    void shouldRefuseTheSameIdempotencyKeyWithAnotherBody() {
        Fixture f = fixture();
        List<Map<String, Object>> rows = firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year());
        Api.json().header("Idempotency-Key", "chiave-riusata").body(Map.of("rows", rows.subList(0, 5)))
                .post("/api/v1/counts/batch").then().statusCode(200);
        Api.json().header("Idempotency-Key", "chiave-riusata").body(Map.of("rows", rows.subList(5, 10)))
                .post("/api/v1/counts/batch").then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(5, counts(f.ratioPlanned()));
    }

    @Test
    void shouldAnswer409WhileTheFirstRequestWithTheKeyIsStillRunning() {
        Fixture f = fixture();
        Map<String, Object> batch = Map.of("rows", firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year()).subList(0, 5));
        // The test's own open transaction holds the key, as a first request still running would.
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createNativeQuery("INSERT INTO idempotency_key (caller, idempotency_key, "
                    + "fingerprint, response_status, response_body) VALUES ('bootstrap-token', 'in-corso', 'x', 0, '')")
                    .executeUpdate();
            Api.json().header("Idempotency-Key", "in-corso").body(batch).post("/api/v1/counts/batch").then()
                    .statusCode(409).body("errors[0].field", equalTo("Idempotency-Key"));
            Panache.getEntityManager().createNativeQuery("DELETE FROM idempotency_key WHERE idempotency_key = 'in-corso'")
                    .executeUpdate();
        });
        assertEquals(0, counts(f.ratioPlanned()));
    }

    /** Another request's claim still open must not hold this one up (it did, through the purge of old keys). */
    @Test
    void shouldNotWaitForOtherKeysStillRunning() {
        Fixture f = fixture();
        Map<String, Object> batch = Map.of("rows", firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year()).subList(0, 5));
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createNativeQuery("INSERT INTO idempotency_key (caller, idempotency_key, "
                    + "fingerprint, response_status, response_body) VALUES ('bootstrap-token', 'altra-in-corso', 'x', 0, '')")
                    .executeUpdate();
            long start = System.nanoTime();
            Api.json().header("Idempotency-Key", "una-chiave-diversa").body(batch).post("/api/v1/counts/batch").then()
                    .statusCode(200).body("created", equalTo(5));
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "not held up by the other open claim");
            Panache.getEntityManager().createNativeQuery(
                    "DELETE FROM idempotency_key WHERE idempotency_key = 'altra-in-corso'").executeUpdate();
        });
        assertEquals(5, counts(f.ratioPlanned()));
    }

    @Test
    void shouldPurgeKeysOlderThanTheirKeepingTime() {
        Fixture f = fixture();
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "INSERT INTO idempotency_key (caller, idempotency_key, fingerprint, response_status, response_body, "
                        + "created_at) VALUES ('bootstrap-token', 'scaduta', 'x', 200, '{}', NOW(6) - INTERVAL 9 DAY), "
                        + "('bootstrap-token', 'recente', 'x', 200, '{}', NOW(6) - INTERVAL 6 DAY)").executeUpdate());
        Api.json().header("Idempotency-Key", "dopo-la-scadenza")
                .body(Map.of("rows", firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year()).subList(0, 1)))
                .post("/api/v1/counts/batch").then().statusCode(200);
        List<?> left = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery(
                "SELECT idempotency_key FROM idempotency_key WHERE idempotency_key IN ('scaduta', 'recente')")
                .getResultList());
        assertEquals(List.of("recente"), left, "keys kept 8 days, then purged");
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "DELETE FROM idempotency_key WHERE idempotency_key = 'recente'").executeUpdate());
    }

    @Test
    void shouldListCountsWithWhoPostedThem() {
        Fixture f = fixture();
        Api.json().body(Map.of("rows", firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year()).subList(0, 5)))
                .post("/api/v1/counts/batch").then().statusCode(200);
        Api.json().get("/api/v1/indicators/{id}/counts", f.ratioPlanned()).then().statusCode(200)
                .body("total", equalTo(5)).body("items.territorialUnit", hasItem("FI-PO"))
                .body("items[0].updatedBy", equalTo("bootstrap-token"));
    }

    @Test
    void shouldBreakTheValueDownByTerritorialUnit() {
        Fixture f = fixture();
        Api.json().body(Map.of("rows", firstHalfOfRemoteInterviews(f.ratioPlanned(), f.year()))).post("/api/v1/counts/batch")
                .then().statusCode(200);
        JsonPath value = Api.json().queryParam("periodId", f.periodId()).queryParam("by", "unit")
                .get("/api/v1/indicators/{id}/value", f.ratioPlanned()).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(0, new BigDecimal("188.935").compareTo(new BigDecimal(value.get("computedValue").toString())));
        assertEquals(UNITS.size(), value.getList("units").size());
        BigDecimal sum = value.getList("units.numerator").stream().map(n -> new BigDecimal(n.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("37787").compareTo(sum));
    }

    @Test
    void shouldComputeThe2021RemoteInterviewsFromTheirCounts() {
        Api.json().queryParam("periodId", Arti2021.interimPeriodId())
                .get("/api/v1/indicators/{id}/value", Arti2021.indicatorId("1.5", 2)).then().statusCode(200)
                .body("numerator", equalTo(37787)).body("denominator", equalTo(20000))
                .body("computedValue", equalTo(188.935f));
    }

    @Test
    void shouldRefuseAnUnknownBreakdown() {
        Api.json().queryParam("periodId", Arti2021.interimPeriodId()).queryParam("by", "provincia")
                .get("/api/v1/indicators/{id}/value", Arti2021.indicatorId("1.5", 2)).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
