package it.perfmon.report;

import static io.restassured.RestAssured.given;
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
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The report must cost the same few SQL statements whatever the size of the plan. */
@QuarkusTest
class ReportQueryCountTest {

    private static final long MAX_STATEMENTS = 6;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    CachedAnswers answers;

    @Test
    void shouldReadAPlanTenTimesLargerWithTheSameStatements() {
        long planId = Arti2021.planId();
        long periodId = Arti2021.interimPeriodId();
        long small = statementsFor(planId, periodId);

        long[] large = QuarkusTransaction.requiringNew().call(() -> generatePlan(Api.freshYear(), 10));
        long big = statementsFor(large[0], large[1]);

        assertEquals(small, big, "statements for the 2021 plan and for a plan ten times larger");
        assertTrue(small <= MAX_STATEMENTS, "the report took " + small + " statements");
    }

    private long statementsFor(long planId, long periodId) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // The statements of computing the answer, not of serving it again from memory.
        answers.clear();
        statistics.clear();
        given().queryParam("periodId", periodId).get("/api/v1/plans/{id}/report", planId).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** 15 objectives × factor, each with a timeline of 3 phases, a ratio with counts and a result. */
    private static long[] generatePlan(int year, int factor) {
        Organisation organisation = Organisation.findByCode("ARTI").orElseThrow();
        ResponsibleStructure structure = ResponsibleStructure.find("code", "DIREZIONE").firstResult();
        Plan plan = new Plan();
        plan.organisation = organisation;
        plan.year = year;
        plan.title = "Piano generato " + year;
        plan.persist();
        MonitoringPeriod period = new MonitoringPeriod();
        period.plan = plan;
        period.kind = PeriodKind.INTERIM;
        period.referenceDate = LocalDate.of(year, 6, 30);
        period.label = "Monitoraggio intermedio";
        period.persist();
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
                objective.persist();
                Indicator timeline = indicator(objective, 1, IndicatorKind.TIMELINE);
                Indicator ratio = indicator(objective, 2, IndicatorKind.RATIO);
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
                count(ratio, CountComponent.NUMERATOR, 96, year);
                count(ratio, CountComponent.DENOMINATOR, 106, year);
                IndicatorResult result = new IndicatorResult();
                result.indicator = timeline;
                result.period = period;
                result.assessmentStep = 3;
                result.persist();
            }
        }
        return new long[] {plan.id, period.id};
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

    private static void count(Indicator indicator, CountComponent component, int value, int year) {
        IndicatorCount count = new IndicatorCount();
        count.indicator = indicator;
        count.component = component;
        count.spanStart = LocalDate.of(year, 1, 1);
        count.spanEnd = LocalDate.of(year, 6, 30);
        count.value = BigDecimal.valueOf(value);
        count.persist();
    }
}
