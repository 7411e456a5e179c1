package it.perfmon.oiv.service;

import it.perfmon.objective.Objective;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.oiv.OivReview;
import it.perfmon.oiv.OivValidation;
import it.perfmon.oiv.ReviewOutcome;
import it.perfmon.oiv.ValidationOutcome;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.service.PeriodService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading the OIV's work on a period as plain records, for the review page and for the documents that report it (the
 * Relazione sulla performance). It checks no role: callers decide who may see it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OivReviews {

    private final PeriodService periods;

    OivReviews(PeriodService periods) {
        this.periods = periods;
    }

    /** The OIV's check of one objective: null fields of {@link ObjectiveReview#review()} mean not reviewed yet. */
    public record Review(ReviewOutcome outcome, String observations, String reviewedBy, Instant reviewedAt,
            int version) {

        static Review of(OivReview review) {
            return new Review(review.outcome, review.observations, review.reviewedBy, review.reviewedAt,
                    review.version);
        }
    }

    /** An objective of the period's plan with the OIV's review of it, if any. */
    public record ObjectiveReview(long objectiveId, String objectiveCode, String objectiveTitle, long structureId,
            String structureCode, String structureName, Optional<Review> review) {

        static ObjectiveReview of(Objective objective, OivReview review) {
            return new ObjectiveReview(objective.id, objective.code, objective.title,
                    objective.responsibleStructure.id, objective.responsibleStructure.code,
                    objective.responsibleStructure.displayName(), Optional.ofNullable(review).map(Review::of));
        }
    }

    /** Every objective of the period's plan, by code, each with its review or none. */
    public record PeriodReviews(long periodId, String periodLabel, PeriodKind periodKind, PeriodStatus periodStatus,
            List<ObjectiveReview> objectives) {

        public long reviewed() {
            return objectives.stream().filter(o -> o.review().isPresent()).count();
        }
    }

    /** The OIV's validation of a closed final period. */
    public record Validation(long periodId, ValidationOutcome outcome, String reasoning, String validatedBy,
            Instant validatedAt, int version) {

        static Validation of(OivValidation validation) {
            return new Validation(validation.period.id, validation.outcome, validation.reasoning,
                    validation.validatedBy, validation.validatedAt, validation.version);
        }
    }

    /** 404 for an unknown period, or one of a draft plan the caller may not see. */
    public PeriodReviews forPeriod(long periodId) {
        MonitoringPeriod period = periods.get(periodId);
        Map<Long, OivReview> reviews = OivReview.<OivReview>list("period", period).stream()
                .collect(Collectors.toMap(r -> r.objective.id, Function.identity()));
        List<ObjectiveReview> objectives = Objective.<Objective>list("plan", period.plan).stream()
                .sorted(Comparator.comparing((Objective o) -> o.code, ObjectiveCodeOrder.ORDER))
                .map(objective -> ObjectiveReview.of(objective, reviews.get(objective.id)))
                .toList();
        return new PeriodReviews(period.id, period.label, period.kind, period.status, objectives);
    }

    /** The validation of the period, if the OIV has given one. */
    public Optional<Validation> validation(long periodId) {
        MonitoringPeriod period = periods.get(periodId);
        return OivValidation.<OivValidation>find("period", period).firstResultOptional().map(Validation::of);
    }
}
