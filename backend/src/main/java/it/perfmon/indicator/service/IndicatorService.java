package it.perfmon.indicator.service;

import it.perfmon.plan.service.PlanVisibility;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.FieldError;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.rest.IndicatorRequest;
import it.perfmon.indicator.rest.IndicatorResponse;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveService;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.values.service.ValueChanges;
import it.perfmon.rules.JudgedAgainst;
import it.perfmon.rules.WholeNumbers;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
@Transactional
public class IndicatorService {

    private final ObjectiveService objectives;
    private final AuditTrail audit;
    private final ValueChanges valueChanges;

    private final PlanVisibility visibility;

    IndicatorService(ObjectiveService objectives, AuditTrail audit, ValueChanges valueChanges,
            PlanVisibility visibility) {
        this.valueChanges = valueChanges;
        this.visibility = visibility;
        this.objectives = objectives;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorResponse> list(long objectiveId, PageRequest page) {
        Objective objective = objectives.get(objectiveId);
        return Page.of(Indicator.<Indicator>find("objective", Sort.ascending("position"), objective).list().stream()
                .map(IndicatorResponse::of).toList(), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator get(long id) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("L'indicatore", id));
        visibility.require(indicator.objective.plan, "L'indicatore", id);
        return indicator;
    }

    public Indicator create(long objectiveId, IndicatorRequest request) {
        Objective objective = objectives.get(objectiveId);
        Indicator indicator = new Indicator();
        indicator.objective = objective;
        indicator.position = request.position() != null ? request.position() : nextPosition(objective);
        apply(indicator, request);
        indicator.persist();
        audit.created(indicator);
        return indicator;
    }

    public Indicator update(long id, IndicatorRequest request, String ifMatch) {
        Indicator indicator = get(id);
        Versions.require(indicator.version, ifMatch);
        Snapshot before = Snapshot.of(indicator);
        if (request.kind() != indicator.kind && IndicatorCount.count("indicator", indicator) > 0) {
            throw ProblemException.conflict("L'indicatore ha conteggi registrati: il tipo non può cambiare", "kind");
        }
        if (request.position() != null) {
            indicator.position = request.position();
        }
        apply(indicator, request);
        Indicator.flush();
        audit.updated(indicator, before);
        return indicator;
    }

    public void delete(long id, String ifMatch) {
        Indicator indicator = get(id);
        Versions.checkIfPresent(indicator.version, ifMatch);
        if (IndicatorResult.count("indicator", indicator) > 0 || IndicatorCount.count("indicator", indicator) > 0) {
            throw ProblemException.conflict(
                    "L'indicatore ha risultati o conteggi registrati e non può essere eliminato", null);
        }
        audit.deleted(indicator);
        valueChanges.indicatorRemoved(indicator);
        indicator.delete();
    }

    private static int nextPosition(Objective objective) {
        Integer max = Indicator.find("select max(i.position) from Indicator i where i.objective = ?1", objective)
                .project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }

    private static void apply(Indicator indicator, IndicatorRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == IndicatorKind.RATIO_PLANNED && request.plannedQuantity() == null) {
            errors.add(new FieldError("plannedQuantity", "obbligatorio per un rapporto su quantità prevista"));
        }
        if (request.kind() != IndicatorKind.RATIO_PLANNED && request.plannedQuantity() != null) {
            errors.add(new FieldError("plannedQuantity", "ammesso solo per il tipo RATIO_PLANNED"));
        }
        // Left out, it stays as it is: a client that does not know the flag (the web app's form) never clears it.
        boolean decimalCounts = request.decimalCounts() == null ? indicator.decimalCounts : request.decimalCounts();
        if (request.plannedQuantity() != null && !decimalCounts && !WholeNumbers.isWhole(request.plannedQuantity())) {
            errors.add(new FieldError("plannedQuantity", WholeNumbers.MESSAGE));
        }
        if (request.nextYearsTargetValue() != null && Texts.blankToNull(request.nextYearsTargetRule()) != null) {
            errors.add(new FieldError("nextYearsTargetRule", "indicare un valore oppure una regola, non entrambi"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long taken = Indicator.count("objective = :objective and position = :position and id <> :id",
                Parameters.with("objective", indicator.objective).and("position", indicator.position)
                        .and("id", indicator.id == null ? -1L : indicator.id));
        if (taken > 0) {
            throw ProblemException.conflict("Esiste già un indicatore in posizione " + indicator.position, "position");
        }
        indicator.description = request.description().strip();
        if (request.judgedAgainst() != null) {
            indicator.judgedAgainst = request.judgedAgainst();
        } else if (indicator.judgedAgainst == null || indicator.kind != request.kind()) {
            indicator.judgedAgainst = JudgedAgainst.defaultFor(request.kind());
        }
        indicator.kind = request.kind();
        indicator.numeratorLabel = Texts.blankToNull(request.numeratorLabel());
        indicator.denominatorLabel = Texts.blankToNull(request.denominatorLabel());
        indicator.plannedQuantity = request.plannedQuantity();
        indicator.decimalCounts = decimalCounts;
        indicator.baselineValue = request.baselineValue();
        indicator.baselineReference = Texts.blankToNull(request.baselineReference());
        if (indicator.targetValue == null ? request.targetValue() != null
                : request.targetValue() == null || indicator.targetValue.compareTo(request.targetValue()) != 0) {
            // A target typed by hand no longer comes from last year's rule.
            indicator.targetRule = null;
        }
        indicator.targetValue = request.targetValue();
        indicator.nextYearsTargetValue = request.nextYearsTargetValue();
        indicator.nextYearsTargetRule = Texts.blankToNull(request.nextYearsTargetRule());
        indicator.planningNote = Texts.blankToNull(request.planningNote());
    }
}
