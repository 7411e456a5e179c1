package it.perfmon.assessment;

import static io.restassured.RestAssured.given;
import static it.perfmon.testing.Api.json;
import static it.perfmon.testing.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Api;
import it.perfmon.testing.Api.PlanFixture;
import it.perfmon.testing.Api.SharedPlan;
import it.perfmon.testing.Arti2021;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The suggestion for what is being typed is the one saving it will give, and asking for it stores nothing. */
@QuarkusTest
class SuggestionPreviewTest {

    private static final String PREVIEW = "/api/v1/indicators/{indicatorId}/results/{periodId}/suggestion";
    private static final String RESULT = "/api/v1/indicators/{indicatorId}/results/{periodId}";

    private static SharedPlan plan;

    @BeforeEach
    void shareOnePlan() {
        if (plan == null) {
            plan = SharedPlan.create();
        }
    }

    /** A measure whose value builds up over the year (as 4.4's), held to the pace at 30 June. */
    private static long measuresImplemented(PlanFixture fixture) {
        return Api.createIndicator(fixture.objectiveId(), Map.of("description",
                "Attuazione misure sull'anticorruzione previste per l'anno", "kind", "DIRECT", "targetValue", 100));
    }

    @Test
    void shouldFollowTheValueBeingTyped() {
        PlanFixture fixture = plan.newObjective();
        long indicator = measuresImplemented(fixture);
        given().queryParam("enteredValue", 30).get(PREVIEW, indicator, fixture.periodId()).then().statusCode(200)
                .body("valueUsed", equalTo(30)).body("suggestion.step", equalTo(5))
                .body("suggestion.reasonCode", equalTo("BELOW_PRO_RATA"))
                .body("suggestion.reasonFacts.value", equalTo(30)).body("suggestion.reasonFacts.target", equalTo(100))
                .body("suggestion.reasonFacts.tolerance", equalTo(7.5f))
                .body("suggestion.reasonFacts.date", equalTo(plan.year() + "-06-30"));
        given().queryParam("enteredValue", 60).get(PREVIEW, indicator, fixture.periodId()).then().statusCode(200)
                .body("suggestion.step", equalTo(3)).body("suggestion.reasonCode", equalTo("ON_PRO_RATA"));
    }

    @Test
    void shouldOfferTheSuggestionThatSavingGives() {
        PlanFixture fixture = plan.newObjective();
        long indicator = measuresImplemented(fixture);
        Map<String, Object> previewed = given().queryParam("enteredValue", 30)
                .get(PREVIEW, indicator, fixture.periodId()).then().statusCode(200).extract().jsonPath()
                .getMap("suggestion");
        // The suggestion is "in ritardo": saving it needs the deviation explained.
        json().body(Map.of("enteredValue", 30, "assessmentStep", previewed.get("step"),
                        "deviationExplanation", "Corsi sospesi a marzo e aprile per l'emergenza sanitaria"))
                .put(RESULT, indicator, fixture.periodId()).then().statusCode(201);
        Map<String, Object> saved = given().get(RESULT, indicator, fixture.periodId()).then().statusCode(200)
                .extract().jsonPath().getMap("evaluation.suggestion");
        assertEquals(previewed, saved);
    }

    @Test
    void shouldStoreNothing() {
        PlanFixture fixture = plan.newObjective();
        long indicator = measuresImplemented(fixture);
        given().queryParam("enteredValue", 30).get(PREVIEW, indicator, fixture.periodId()).then().statusCode(200);
        given().get(RESULT, indicator, fixture.periodId()).then().spec(problem(404));
    }

    @Test
    void shouldUseTheComputedValueWhenNothingIsTyped() {
        given().get(PREVIEW, Arti2021.indicatorId("1.5", 2), Arti2021.interimPeriodId()).then().statusCode(200)
                .body("suggestion.reasonCode", equalTo("ABOVE_PRO_RATA"))
                .body("valueUsed", equalTo(188.935f));
    }

    @Test
    void shouldJudgeATypedOverrideOfAComputedValue() {
        given().queryParam("enteredValue", 20).get(PREVIEW, Arti2021.indicatorId("1.5", 2), Arti2021.interimPeriodId())
                .then().statusCode(200).body("computedValue", equalTo(188.935f)).body("valueUsed", equalTo(20))
                .body("suggestion.step", equalTo(5));
    }

    @Test
    void shouldHoldCustomerSatisfactionToItsTargetAtAnyDate() {
        // 4.1 declares it is judged against its 79% target: 40% is far below it, not "on track" for June.
        long satisfaction = Arti2021.indicatorId("4.1", 1);
        given().queryParam("enteredValue", 40).get(PREVIEW, satisfaction, Arti2021.interimPeriodId()).then()
                .statusCode(200).body("suggestion.step", equalTo(5)).body("suggestion.reasonCode", equalTo("BELOW_TARGET"))
                .body("expectedValue", nullValue());
        given().queryParam("enteredValue", 81.5).get(PREVIEW, satisfaction, Arti2021.interimPeriodId()).then()
                .statusCode(200).body("suggestion.step", equalTo(3)).body("suggestion.reasonCode", equalTo("ON_TARGET"));
    }

    @Test
    void shouldRefuseANegativeValue() {
        given().queryParam("enteredValue", -1).get(PREVIEW, Arti2021.indicatorId("4.1", 1), Arti2021.interimPeriodId())
                .then().spec(problem(400, "enteredValue"));
    }

    @Test
    void shouldRefuseAPeriodOfAnotherPlan() {
        PlanFixture fixture = plan.newObjective();
        given().get(PREVIEW, Arti2021.indicatorId("4.1", 1), fixture.periodId()).then().spec(problem(400, "periodId"));
    }

    @Test
    void shouldNotPreviewAnUnknownIndicator() {
        given().get(PREVIEW, 987654321, Arti2021.interimPeriodId()).then().spec(problem(404))
                .body("errors", nullValue());
    }
}
