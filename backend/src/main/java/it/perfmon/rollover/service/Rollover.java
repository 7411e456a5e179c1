package it.perfmon.rollover.service;

import it.perfmon.area.StrategicArea;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.Plan;
import it.perfmon.plan.rest.PlanResponse;
import it.perfmon.plan.service.PlanService;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.service.ReportService;
import it.perfmon.rollover.rest.RolloverResponse;
import it.perfmon.rollover.rest.RolloverResponse.RolledIndicator;
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

    Rollover(PlanService plans, ReportService reports, AuditTrail audit) {
        this.plans = plans;
        this.reports = reports;
        this.audit = audit;
    }

    public RolloverResponse nextYear(long planId, String title, String provisionalReason) {
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
            StrategicArea area = new StrategicArea();
            area.plan = plan;
            area.number = from.number;
            area.title = from.title;
            area.persist();
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
        return new RolloverResponse(PlanResponse.of(plan), source.id, finalPeriod.map(p -> p.id).orElse(null),
                provisional, provisional ? reason.strip() : null, rolled);
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
        Objective objective = new Objective();
        objective.plan = plan;
        objective.area = area;
        objective.code = from.code;
        objective.title = from.title;
        objective.weight = from.weight;
        objective.notes = from.notes;
        objective.responsibleStructure = from.responsibleStructure;
        objective.programmingLink = from.programmingLink;
        objective.deadline = from.deadline == null ? null : from.deadline.plusYears(1);
        objective.timelineNumber = from.timelineNumber;
        objective.timelineTitle = from.timelineTitle;
        objective.persist();
        audit.created(objective);
        return objective;
    }

    private RolledIndicator indicator(Indicator from, Objective objective, BigDecimal finalValue, int year,
            boolean provisional) {
        TargetResolution target = TargetResolution.of(from.nextYearsTargetValue, from.nextYearsTargetRule, finalValue, year);
        Indicator indicator = new Indicator();
        indicator.objective = objective;
        indicator.previous = from;
        indicator.position = from.position;
        indicator.description = from.description;
        indicator.kind = from.kind;
        indicator.numeratorLabel = from.numeratorLabel;
        indicator.denominatorLabel = from.denominatorLabel;
        indicator.plannedQuantity = from.plannedQuantity;
        indicator.decimalCounts = from.decimalCounts;
        indicator.targetValue = target.value();
        indicator.targetRule = target.rule();
        // The "following years" column spans two years: it still holds for the year after.
        indicator.nextYearsTargetValue = from.nextYearsTargetValue;
        indicator.nextYearsTargetRule = from.nextYearsTargetRule;
        indicator.planningNote = from.planningNote;
        String warning = target.warning();
        List<String> codes = new ArrayList<>();
        if (target.warningCode() != null) {
            codes.add(target.warningCode());
        }
        if (provisional && TargetResolution.FROM_RULE.equals(target.origin()) && target.value() != null) {
            warning = join(warning, "target provvisorio: risolto da un dato " + year + " non definitivo");
            codes.add(PROVISIONAL_TARGET);
        }
        if (finalValue != null) {
            indicator.baselineValue = finalValue;
            indicator.baselineReference = (provisional ? "dato provvisorio " : "dato ") + year;
            if (provisional) {
                warning = join(warning, "valore iniziale provvisorio: il monitoraggio finale " + year + " non è chiuso");
                codes.add(PROVISIONAL_BASELINE);
            }
        } else {
            warning = join(warning, "valore iniziale non disponibile: manca il dato finale " + year);
            codes.add(NO_BASELINE);
        }
        indicator.persist();
        audit.created(indicator);
        return new RolledIndicator(indicator.id, from.id, objective.code, indicator.position, indicator.description,
                indicator.targetValue, indicator.targetRule, target.origin(), indicator.baselineValue,
                indicator.baselineReference, warning, List.copyOf(codes));
    }

    private void copy(Phase from, Objective objective) {
        Phase phase = new Phase();
        phase.objective = objective;
        phase.number = from.number;
        phase.description = from.description;
        phase.output = from.output;
        phase.plannedStart = from.plannedStart == null ? null : from.plannedStart.plusYears(1);
        phase.plannedEnd = from.plannedEnd == null ? null : from.plannedEnd.plusYears(1);
        phase.responsible = from.responsible;
        phase.weight = from.weight;
        phase.persist();
        audit.created(phase);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
