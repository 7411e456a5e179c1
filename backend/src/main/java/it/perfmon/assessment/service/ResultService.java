package it.perfmon.assessment.service;

import it.perfmon.assessment.IndicatorResult;
import it.perfmon.collection.service.CollectionService;
import it.perfmon.security.CurrentActor;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorService;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.common.FieldError;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.service.FrozenReports;
import it.perfmon.report.service.ReportService;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.values.service.ValueChanges;
import io.quarkus.panache.common.Parameters;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Hibernate;

@ApplicationScoped
@Transactional
public class ResultService {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final IndicatorService indicators;
    private final PeriodService periods;
    private final ReportService reports;
    private final FrozenReports frozenReports;
    private final ValueChanges valueChanges;
    private final CurrentActor actor;
    private final AuditTrail audit;
    private final CollectionService collections;

    ResultService(IndicatorService indicators, PeriodService periods, ReportService reports,
            FrozenReports frozenReports, ValueChanges valueChanges, CurrentActor actor, AuditTrail audit,
            CollectionService collections) {
        this.collections = collections;
        this.valueChanges = valueChanges;
        this.frozenReports = frozenReports;
        this.audit = audit;
        this.indicators = indicators;
        this.periods = periods;
        this.reports = reports;
        this.actor = actor;
    }

    public record Saved(IndicatorResult result, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorResult> list(long periodId, Long objectiveId) {
        MonitoringPeriod period = periods.get(periodId);
        String query = "from IndicatorResult r join fetch r.indicator i join fetch i.objective o where r.period = :period"
                + (objectiveId == null ? "" : " and o.id = :objective");
        Parameters params = Parameters.with("period", period);
        if (objectiveId != null) {
            params.and("objective", objectiveId);
        }
        // Codes are ordered as people read them (1.2 before 1.10), which SQL's text order is not.
        return IndicatorResult.<IndicatorResult>find(query, params).list().stream()
                .sorted(Comparator.comparing((IndicatorResult r) -> r.indicator.objective.code, ObjectiveCodeOrder.ORDER)
                        .thenComparingInt(r -> r.indicator.position))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorResult get(long indicatorId, long periodId) {
        Indicator indicator = indicators.get(indicatorId);
        MonitoringPeriod period = periodOf(indicator, periodId);
        return find(indicator, period).orElseThrow(() -> ProblemException.notFound(
                "Il risultato dell'indicatore " + indicatorId + " nel periodo", periodId));
    }

    /**
     * The suggestion for a value still being typed, by the very rules that will judge it once saved: a form that
     * offers "accept the suggestion and save" must offer the suggestion that saving will show, never a stale one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportIndicator preview(long indicatorId, long periodId, BigDecimal enteredValue) {
        Indicator indicator = indicators.get(indicatorId);
        return reports.indicatorWithEnteredValue(indicator, periodOf(indicator, periodId), enteredValue);
    }

    /** Today's values for an open period; for a closed one those frozen at closing, as its report shows them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evaluation evaluate(IndicatorResult result) {
        MonitoringPeriod period = result.period;
        if (period.status == PeriodStatus.CLOSED) {
            Optional<Evaluation> frozen = frozenReports.frozenIndicator(period, result.indicator.id)
                    .map(i -> evaluation(i, period.closedAt));
            if (frozen.isPresent()) {
                return frozen.get();
            }
        }
        return evaluation(reports.indicatorAt(result.indicator, period), null);
    }

    private static Evaluation evaluation(ReportIndicator indicator, Instant frozenAt) {
        return new Evaluation(indicator.computedValue(), indicator.valueUsed(), indicator.suggestion(),
                indicator.deviation(), frozenAt);
    }

    /** Creates the result on first write; afterwards each write must name the version it read (If-Match). */
    public Saved save(long indicatorId, long periodId, ResultCommand command, String ifMatch) {
        return write(indicatorId, periodId, ifMatch, indicator -> validate(indicator, command), result -> {
            assess(result, command.assessment());
            result.enteredValue = command.enteredValue();
            result.enteredJustification = Texts.blankToNull(command.enteredJustification());
            result.monitoringNote = Texts.blankToNull(command.monitoringNote());
            result.dataSource = Texts.blankToNull(command.dataSource());
        });
    }

    /**
     * The assessment of the same record, through the same gates and trail; the entered value and the notes stay as
     * they are. Creates the record on first write, like {@link #save}.
     */
    public Saved saveAssessment(long indicatorId, long periodId, AssessmentCommand command, String ifMatch) {
        return write(indicatorId, periodId, ifMatch, indicator -> {
        }, result -> assess(result, command));
    }

    private Saved write(long indicatorId, long periodId, String ifMatch, Consumer<Indicator> validation,
            Consumer<IndicatorResult> change) {
        Indicator indicator = indicators.get(indicatorId);
        MonitoringPeriod period = periodOf(indicator, periodId);
        requireEditable(indicator, period);
        validation.accept(indicator);
        Optional<IndicatorResult> existing = find(indicator, period);
        IndicatorResult result = existing.orElseGet(IndicatorResult::new);
        Snapshot before = existing.map(Snapshot::of).orElse(null);
        if (existing.isPresent()) {
            Versions.require(result.version, ifMatch);
        } else {
            result.indicator = indicator;
            result.period = period;
        }
        change.accept(result);
        if (existing.isEmpty()) {
            result.persist();
        }
        IndicatorResult.flush();
        // Judged on the record as saved, by the report's own evaluation: a refusal rolls the write back whole.
        requireExplainedDeviation(indicator, period, result);
        if (before == null) {
            audit.created(result);
        } else {
            audit.updated(result, before);
        }
        // The result is evaluated after this transaction has closed, against its plan's year.
        Hibernate.initialize(period.plan);
        return new Saved(result, existing.isEmpty());
    }

    private void assess(IndicatorResult result, AssessmentCommand command) {
        if (!Objects.equals(result.assessmentStep, command.step())) {
            result.assessedBy = command.step() == null ? null : actor.name();
            result.assessedAt = command.step() == null ? null : Instant.now();
        }
        result.assessmentStep = command.step();
        result.deviationExplanation = Texts.blankToNull(command.deviationExplanation());
        result.correctiveActions = Texts.blankToNull(command.correctiveActions());
    }

    /** An indicator behind after the save (late step, value below its pace) is saved only with its explanation. */
    private void requireExplainedDeviation(Indicator indicator, MonitoringPeriod period, IndicatorResult result) {
        if (result.deviationExplanation != null) {
            return;
        }
        PlanReport.IndicatorDeviation deviation = reports.indicatorAt(indicator, period).deviation();
        if (deviation != null) {
            String which = indicator.objective.code + " indicatore " + indicator.position;
            throw ProblemException.unexplainedDeviation("L'indicatore " + which + " è in ritardo al "
                    + ITALIAN_DATE.format(period.referenceDate) + " (" + deviation.describe()
                    + "): per salvare indicare la motivazione dello scostamento", List.of(new FieldError(
                            "deviationExplanation", "obbligatoria: l'indicatore " + which + " è in ritardo")));
        }
    }

    public void delete(long indicatorId, long periodId, String ifMatch) {
        IndicatorResult result = get(indicatorId, periodId);
        requireEditable(result.indicator, result.period);
        Versions.checkIfPresent(result.version, ifMatch);
        audit.deleted(result);
        valueChanges.resultDeleted(result);
        result.delete();
    }

    /**
     * The one gate of every change to a result: the editor's structure, the period open, and the structure's part of
     * the period's collection still with its editors (not submitted or accepted).
     */
    private void requireEditable(Indicator indicator, MonitoringPeriod period) {
        long structureId = indicator.objective.responsibleStructure.id;
        actor.requireStructure(structureId, indicator.objective.code);
        periods.requireOpen(period, LockModeType.PESSIMISTIC_READ);
        collections.requireEditable(period, structureId);
    }

    private static Optional<IndicatorResult> find(Indicator indicator, MonitoringPeriod period) {
        return IndicatorResult.find("indicator = ?1 and period = ?2", indicator, period).firstResultOptional();
    }

    /** The period, refused (400 naming periodId) when it is not of the indicator's plan. */
    MonitoringPeriod periodOf(Indicator indicator, long periodId) {
        MonitoringPeriod period = periods.get(periodId);
        if (!period.plan.id.equals(indicator.objective.plan.id)) {
            throw ProblemException.invalid("periodId", "il periodo " + periodId + " non appartiene al piano dell'indicatore");
        }
        return period;
    }

    private static void validate(Indicator indicator, ResultCommand command) {
        if (command.enteredValue() != null && indicator.kind != IndicatorKind.DIRECT
                && Texts.blankToNull(command.enteredJustification()) == null) {
            throw ProblemException.invalid("enteredJustification",
                    "obbligatoria quando si inserisce un valore che sostituisce quello calcolato");
        }
    }
}
