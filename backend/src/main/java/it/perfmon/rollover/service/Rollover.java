package it.perfmon.rollover.service;

import it.perfmon.area.StrategicArea;
import it.perfmon.area.service.AreaCommand;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorCommand;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveCommand;
import it.perfmon.phase.Phase;
import it.perfmon.phase.service.PhaseCommand;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanService;
import it.perfmon.plan.service.PlanWriters;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.service.ReportService;
import it.perfmon.rollover.service.RolledPlan.RolledIndicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;

/**
 * Creates next year's plan from this year's, all in one transaction: the structure (areas, objectives, indicators,
 * timelines) is copied; targets come from the "following years" column, rules resolved against this year's final
 * values; baselines are this year's final values, marked {@code dato <year>}; phases start over a year later.
 */
@ApplicationScoped
@Transactional
public class Rollover {

    /** Codes of what is left to complete, beside those of {@link TargetResolution}. */
    static final String PROVISIONAL_TARGET = "PROVISIONAL_TARGET";
    static final String PROVISIONAL_BASELINE = "PROVISIONAL_BASELINE";
    static final String NO_BASELINE = "NO_BASELINE";

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanService plans;
    private final ReportService reports;
    private final AuditTrail audit;
    private final PlanWriters writers;

    Rollover(PlanService plans, ReportService reports, AuditTrail audit, PlanWriters writers) {
        this.plans = plans;
        this.reports = reports;
        this.audit = audit;
        this.writers = writers;
    }

    public RolledPlan nextYear(long planId, String title, String provisionalReason) {
        Plan source = plans.get(planId);
        int year = source.year + 1;
        if (Plan.count("organisation = ?1 and year = ?2", source.organisation, year) > 0) {
            throw ProblemException.conflict("Il piano " + year + " esiste già per " + source.organisation.code, null);
        }
        Optional<MonitoringPeriod> finalPeriod = MonitoringPeriod.<MonitoringPeriod>find(
                "plan = ?1 and kind = ?2 order by referenceDate desc", source, PeriodKind.FINAL).firstResultOptional();
        // An open final period holds this year's figures so far (the first half's counts, say): taking them as the
        // year's final data would make baselines and rule targets look final when they are not.
        boolean provisional = finalPeriod.map(p -> p.closedAt == null).orElse(true);
        String reason = Texts.blankToNull(provisionalReason);
        if (provisional && reason == null) {
            throw ProblemException.conflict(finalPeriod.map(p -> "Il monitoraggio finale del "
                    + p.referenceDate.format(ITALIAN_DATE) + " non è chiuso").orElse("Il piano " + source.year
                    + " non ha un monitoraggio finale") + ": i valori iniziali e i target da regola non sarebbero "
                    + "definitivi. Chiudere il periodo finale, oppure indicare il motivo per procedere con valori "
                    + "provvisori", "provisionalReason");
        }
        Map<Long, BigDecimal> finalValues = finalPeriod.map(p -> finalValues(planId, p.id)).orElse(Map.of());

        Plan plan = new Plan();
        plan.organisation = source.organisation;
        plan.year = year;
        plan.title = Optional.ofNullable(Texts.blankToNull(title)).map(String::strip)
                .orElse("Piano della performance " + year);
        plan.persist();
        audit.created(plan, provisional ? "Piano creato prima della chiusura del monitoraggio finale " + source.year
                + ", con valori provvisori: " + reason.strip() : null);
        period(plan, PeriodKind.INTERIM, LocalDate.of(year, 6, 30), "Monitoraggio intermedio al ");
        period(plan, PeriodKind.FINAL, LocalDate.of(year, 12, 31), "Monitoraggio finale al ");

        Map<Long, StrategicArea> areas = new HashMap<>();
        for (StrategicArea from : StrategicArea.<StrategicArea>list("plan = ?1 order by number", source)) {
            StrategicArea area = writers.areas().create(plan, new AreaCommand(from.number, from.title));
            audit.created(area);
            areas.put(from.id, area);
        }
        List<RolledIndicator> rolled = new ArrayList<>();
        for (Objective from : Objective.<Objective>list("plan", source)) {
            Objective objective = copy(from, plan, areas.get(from.area.id));
            for (Indicator previous : Indicator.<Indicator>list("objective = ?1 order by position", from)) {
                rolled.add(indicator(previous, objective, finalValues.get(previous.id), source.year, provisional));
            }
            for (Phase phase : Phase.<Phase>list("objective = ?1 order by number", from)) {
                copy(phase, objective);
            }
        }
        // The answer names the organisation, and is mapped after this transaction has closed.
        Hibernate.initialize(plan.organisation);
        return new RolledPlan(plan, source.id, finalPeriod.map(p -> p.id).orElse(null), provisional,
                provisional ? reason.strip() : null, rolled);
    }

    private Map<Long, BigDecimal> finalValues(long planId, long periodId) {
        Map<Long, BigDecimal> values = new HashMap<>();
        PlanReport report = reports.report(planId, periodId);
        report.areas().forEach(a -> a.objectives().forEach(o -> o.indicators().forEach(i -> {
            if (i.valueUsed() != null) {
                values.put(i.id(), i.valueUsed());
            }
        })));
        return values;
    }

    private void period(Plan plan, PeriodKind kind, LocalDate date, String labelPrefix) {
        MonitoringPeriod period = new MonitoringPeriod();
        period.plan = plan;
        period.kind = kind;
        period.referenceDate = date;
        period.label = labelPrefix + date.format(ITALIAN_DATE);
        period.persist();
        audit.created(period);
    }

    private Objective copy(Objective from, Plan plan, StrategicArea area) {
        Objective objective = writers.objectives().create(plan, new ObjectiveCommand(area.id, from.code, from.title,
                from.weight, from.notes, from.responsibleStructure.id, from.programmingLink,
                from.deadline == null ? null : from.deadline.plusYears(1), from.timelineNumber, from.timelineTitle));
        audit.created(objective);
        return objective;
    }

    private RolledIndicator indicator(Indicator from, Objective objective, BigDecimal finalValue, int year,
            boolean provisional) {
        TargetResolution target = TargetResolution.of(from.nextYearsTargetValue, from.nextYearsTargetRule, finalValue, year);
        String warning = target.warning();
        List<String> codes = new ArrayList<>();
        if (target.warningCode() != null) {
            codes.add(target.warningCode());
        }
        if (provisional && TargetResolution.FROM_RULE.equals(target.origin()) && target.value() != null) {
            warning = join(warning, "target provvisorio: risolto da un dato " + year + " non definitivo");
            codes.add(PROVISIONAL_TARGET);
        }
        String baselineReference = null;
        if (finalValue != null) {
            baselineReference = (provisional ? "dato provvisorio " : "dato ") + year;
            if (provisional) {
                warning = join(warning, "valore iniziale provvisorio: il monitoraggio finale " + year + " non è chiuso");
                codes.add(PROVISIONAL_BASELINE);
            }
        } else {
            warning = join(warning, "valore iniziale non disponibile: manca il dato finale " + year);
            codes.add(NO_BASELINE);
        }
        // The "following years" column spans two years: it still holds for the year after.
        Indicator indicator = writers.indicators().create(objective, new IndicatorCommand(from.position,
                from.description, from.kind, from.judgedAgainst, from.numeratorLabel, from.denominatorLabel, from.plannedQuantity,
                finalValue, baselineReference, target.value(), from.nextYearsTargetValue, from.nextYearsTargetRule,
                from.planningNote, from.decimalCounts, target.rule(), from));
        audit.created(indicator);
        return new RolledIndicator(indicator, target.origin(), warning, List.copyOf(codes));
    }

    private void copy(Phase from, Objective objective) {
        Phase phase = writers.phases().create(objective, new PhaseCommand(from.number, from.description, from.output,
                from.plannedStart == null ? null : from.plannedStart.plusYears(1),
                from.plannedEnd == null ? null : from.plannedEnd.plusYears(1), from.responsible, from.weight));
        audit.created(phase);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
