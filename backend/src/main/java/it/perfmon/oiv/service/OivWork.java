package it.perfmon.oiv.service;

import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.common.Texts;
import it.perfmon.common.Versions;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveService;
import it.perfmon.oiv.OivReview;
import it.perfmon.oiv.OivValidation;
import it.perfmon.oiv.ReviewOutcome;
import it.perfmon.oiv.ValidationOutcome;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.service.PeriodService;
import it.perfmon.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * What the OIV writes: its review of each objective and its validation of the closed final period. Neither is plan
 * data, so a closed period does not freeze them (reviewing after closing is the point); each write names who and
 * when and is in the audit trail. The first write creates the record; later ones must name its version (If-Match).
 */
@ApplicationScoped
@Transactional
public class OivWork {

    private final PeriodService periods;
    private final ObjectiveService objectives;
    private final OivReviews reviews;
    private final CurrentActor actor;
    private final AuditTrail audit;

    OivWork(PeriodService periods, ObjectiveService objectives, OivReviews reviews, CurrentActor actor,
            AuditTrail audit) {
        this.periods = periods;
        this.objectives = objectives;
        this.reviews = reviews;
        this.actor = actor;
        this.audit = audit;
    }

    public record ReviewCommand(ReviewOutcome outcome, String observations) {
    }

    public record ValidationCommand(ValidationOutcome outcome, String reasoning) {
    }

    /** A saved record, and whether this write created it. */
    public record Saved<T>(T value, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OivReviews.ObjectiveReview review(long periodId, long objectiveId) {
        MonitoringPeriod period = periods.get(periodId);
        Objective objective = objectiveOf(period, objectiveId);
        return OivReviews.ObjectiveReview.of(objective, find(period, objective));
    }

    public Saved<OivReviews.ObjectiveReview> saveReview(long periodId, long objectiveId, ReviewCommand command,
            String ifMatch) {
        MonitoringPeriod period = periods.get(periodId);
        Objective objective = objectiveOf(period, objectiveId);
        String observations = Texts.blankToNull(command.observations());
        if (command.outcome().needsObservations() && observations == null) {
            throw unprocessable("observations", "obbligatorie quando l'esito non è «verificato»: dire che cosa "
                    + "non torna o che cosa si osserva");
        }
        OivReview review = find(period, objective);
        boolean created = review == null;
        Snapshot before = null;
        if (created) {
            review = new OivReview();
            review.period = period;
            review.objective = objective;
        } else {
            Versions.require(review.version, ifMatch);
            before = Snapshot.of(review);
        }
        review.outcome = command.outcome();
        review.observations = observations;
        review.reviewedBy = actor.name();
        review.reviewedAt = Instant.now();
        if (created) {
            review.persist();
            OivReview.flush();
            audit.created(review);
        } else {
            OivReview.flush();
            audit.updated(review, before);
        }
        return new Saved<>(OivReviews.ObjectiveReview.of(objective, review), created);
    }

    /**
     * The validation of a closed final period. The period's row is share-locked, so that a reopening either comes
     * after the validation is written or is seen by it.
     */
    public Saved<OivReviews.Validation> saveValidation(long periodId, ValidationCommand command, String ifMatch) {
        MonitoringPeriod period = periods.get(periodId);
        MonitoringPeriod.getEntityManager().refresh(period, LockModeType.PESSIMISTIC_READ);
        if (period.kind != PeriodKind.FINAL) {
            throw ProblemException.conflict("Il periodo " + period.label + " è intermedio: l'OIV valida solo il "
                    + "periodo finale dell'anno, una volta chiuso", "periodId");
        }
        if (period.status != PeriodStatus.CLOSED) {
            throw ProblemException.conflict("Il periodo " + period.label + " è ancora aperto: l'OIV lo valida dopo "
                    + "la chiusura", "periodId");
        }
        OivValidation validation = OivValidation.<OivValidation>find("period", period).firstResult();
        boolean created = validation == null;
        Snapshot before = null;
        if (created) {
            validation = new OivValidation();
            validation.period = period;
        } else {
            Versions.require(validation.version, ifMatch);
            before = Snapshot.of(validation);
        }
        validation.outcome = command.outcome();
        validation.reasoning = command.reasoning().strip();
        validation.validatedBy = actor.name();
        validation.validatedAt = Instant.now();
        if (created) {
            validation.persist();
            OivValidation.flush();
            audit.created(validation);
        } else {
            OivValidation.flush();
            audit.updated(validation, before);
        }
        return new Saved<>(OivReviews.Validation.of(validation), created);
    }

    /** The validation, or 404 while the OIV has given none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OivReviews.Validation validation(long periodId) {
        return reviews.validation(periodId).orElseThrow(() -> new ProblemException(404,
                ProblemType.NOT_FOUND, "Risorsa non trovata", "L'OIV non ha ancora validato il periodo " + periodId,
                null));
    }

    private Objective objectiveOf(MonitoringPeriod period, long objectiveId) {
        Objective objective = objectives.get(objectiveId);
        if (!objective.plan.id.equals(period.plan.id)) {
            throw ProblemException.notFound("L'obiettivo " + objective.code + " nel piano del periodo", objectiveId);
        }
        return objective;
    }

    private static OivReview find(MonitoringPeriod period, Objective objective) {
        return OivReview.<OivReview>find("period = ?1 and objective = ?2", period, objective).firstResult();
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, ProblemType.VALIDATION, "Dati non validi",
                "La richiesta contiene campi non validi", List.of(new FieldError(field, message)));
    }
}
