package it.perfmon.values;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.area.StrategicArea;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.Plan;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.testing.Api;
import it.perfmon.testing.Arti2021;
import it.perfmon.answers.CachedAnswers;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The pull must cost the same few SQL statements whatever the number of rows it returns. */
@QuarkusTest
class IndicatorValueQueryCountTest {

    private static final long MAX_STATEMENTS = 5;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    CachedAnswers answers;

    @Test
    void shouldPullAPlanTenTimesLargerWithTheSameStatements() {
        long small = statementsFor(Map.of("planId", Arti2021.planId()), 36);
        long planId = QuarkusTransaction.requiringNew().call(() -> generatePlan(Api.freshYear(), 10));
        long big = statementsFor(Map.of("planId", planId), 2 * 4 * (15 * 10 / 4 + 1) * 4);

        assertEquals(small, big, "statements for the 2021 plan and for a plan ten times larger");
        assertTrue(small <= MAX_STATEMENTS, "the pull took " + small + " statements");
    }

    @Test
    void shouldPullEveryPlanAsCsvWithTheSameStatements() {
        long onePlan = statementsFor(Map.of("planId", Arti2021.planId()), 36);
        Statistics statistics = statistics();
        // The statements of computing the answer, not of serving it again from memory.
        answers.clear();
        statistics.clear();
        given().accept("text/csv").queryParam("limit", 500).get("/api/v1/indicator-values").then().statusCode(200);
        long statements = statistics.getPrepareStatementCount();
        // Closed periods, which other tests leave in their own plans, add the one read of their frozen reports.
        boolean anyClosed = QuarkusTransaction.requiringNew().call(
                () -> it.perfmon.plan.MonitoringPeriod.count("status", it.perfmon.plan.PeriodStatus.CLOSED) > 0);
        assertEquals(onePlan + (anyClosed ? 1 : 0), statements, "statements for every plan, as CSV");
    }

    private long statementsFor(Map<String, Object> filters, int rows) {
        Statistics statistics = statistics();
        // The statements of computing the answer, not of serving it again from memory.
        answers.clear();
        statistics.clear();
        given().queryParams(filters).queryParam("limit", 500).get("/api/v1/indicator-values").then().statusCode(200)
                .body("total", equalTo(rows));
        return statistics.getPrepareStatementCount();
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /**
     * 15 objectives × factor, each with a timeline of 3 phases, a ratio and a ratio against a planned quantity with
     * counts, and a direct value; results with entered values at both periods.
     */
    private static long generatePlan(int year, int factor) {
        Organisation organisation = Organisation.findByCode("ARTI").orElseThrow();
        ResponsibleStructure structure = ResponsibleStructure.find("code", "DIREZIONE").firstResult();
        Plan plan = new Plan();
        plan.organisation = organisation;
        plan.year = year;
        plan.title = "Piano generato " + year;
        plan.persist();
        MonitoringPeriod interim = period(plan, PeriodKind.INTERIM, LocalDate.of(year, 6, 30));
        MonitoringPeriod end = period(plan, PeriodKind.FINAL, LocalDate.of(year, 12, 31));
        for (int a = 1; a <= 4; a++) {
            StrategicArea area = new StrategicArea();
            area.plan = plan;
            area.number = a;
            area.title = "Ambito " + a;
            area.persist();
            for (int o = 1; o <= 15 * factor / 4 + 1; o++) {
                Objective objective = new Objective();
                objective.plan = plan;
                objective.area = area;
                objective.code = a + "." + o;
                objective.title = "Obiettivo " + objective.code;
                objective.weight = new BigDecimal("0.60");
                objective.responsibleStructure = structure;
                objective.programmingLink = "Progetto DEFR n. 11";
                objective.persist();
                Indicator timeline = indicator(objective, 1, IndicatorKind.TIMELINE);
                Indicator ratio = indicator(objective, 2, IndicatorKind.RATIO);
                Indicator planned = indicator(objective, 3, IndicatorKind.RATIO_PLANNED);
                planned.plannedQuantity = new BigDecimal("20000");
                Indicator direct = indicator(objective, 4, IndicatorKind.DIRECT);
                for (int p = 1; p <= 3; p++) {
                    Phase phase = new Phase();
                    phase.objective = objective;
                    phase.number = p;
                    phase.description = "Fase " + p;
                    phase.plannedStart = LocalDate.of(year, p, 1);
                    phase.plannedEnd = LocalDate.of(year, p + 3, 1);
                    phase.weight = p == 3 ? new BigDecimal("34") : new BigDecimal("33");
                    phase.actualEnd = p == 1 ? LocalDate.of(year, 3, 1) : null;
                    phase.persist();
                }
                count(ratio, CountComponent.NUMERATOR, 96, LocalDate.of(year, 6, 30));
                count(ratio, CountComponent.DENOMINATOR, 106, LocalDate.of(year, 6, 30));
                count(planned, CountComponent.NUMERATOR, 37787, LocalDate.of(year, 6, 30));
                count(planned, CountComponent.NUMERATOR, 6241, LocalDate.of(year, 7, 31));
                result(timeline, interim, null);
                result(direct, interim, new BigDecimal("79.69"));
                result(direct, end, new BigDecimal("81.2"));
            }
        }
        return plan.id;
    }

    private static MonitoringPeriod period(Plan plan, PeriodKind kind, LocalDate date) {
        MonitoringPeriod period = new MonitoringPeriod();
        period.plan = plan;
        period.kind = kind;
        period.referenceDate = date;
        period.label = "Monitoraggio al " + date;
        period.persist();
        return period;
    }

    private static Indicator indicator(Objective objective, int position, IndicatorKind kind) {
        Indicator indicator = new Indicator();
        indicator.objective = objective;
        indicator.position = position;
        indicator.description = "Indicatore " + position;
        indicator.kind = kind;
        indicator.targetValue = new BigDecimal("100");
        indicator.persist();
        return indicator;
    }

    private static void count(Indicator indicator, CountComponent component, int value, LocalDate spanEnd) {
        IndicatorCount count = new IndicatorCount();
        count.indicator = indicator;
        count.component = component;
        count.spanStart = spanEnd.withDayOfMonth(1);
        count.spanEnd = spanEnd;
        count.value = BigDecimal.valueOf(value);
        count.persist();
    }

    private static void result(Indicator indicator, MonitoringPeriod period, BigDecimal entered) {
        IndicatorResult result = new IndicatorResult();
        result.indicator = indicator;
        result.period = period;
        result.enteredValue = entered;
        result.assessmentStep = 3;
        result.persist();
    }
}
