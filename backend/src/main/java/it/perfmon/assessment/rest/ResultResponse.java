package it.perfmon.assessment.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.assessment.service.Evaluation;
import it.perfmon.report.rest.PlanReportResponse;
import it.perfmon.report.rest.PlanReportResponse.Deviation;
import it.perfmon.report.rest.PlanReportResponse.Suggestion;
import it.perfmon.rules.AssessmentStep;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorResult", description = "What was reported for an indicator in a monitoring period")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultResponse(
        @Schema(format = "int64") long id,
        @Schema(format = "int64") long indicatorId,
        @Schema(format = "int64") long periodId,
        @Schema(format = "decimal128", description = "Value entered by a person, overriding the computed one", example = "30")
        BigDecimal enteredValue,
        String enteredJustification,
        String monitoringNote,
        String dataSource,
        @Schema(format = "int32", minimum = "1", maximum = "5", description = "Valutazione sintetica, 1 to 5")
        Integer assessmentStep,
        @Schema(example = "secondo le aspettative") String assessmentLabel,
        String assessedBy,
        Instant assessedAt,
        @Schema(description = "Motivazione dello scostamento") String deviationExplanation,
        @Schema(description = "Interventi correttivi") String correctiveActions,
        @Schema(description = "Why the indicator is behind at the period; absent when it is not, and in lists")
        Deviation deviation,
        @Schema(description = "Computed value and suggestion; on single reads and writes, not in lists")
        EvaluationResponse evaluation,
        @Schema(format = "int32") int version,
        Instant updatedAt) {

    @Schema(name = "Evaluation")
    public record EvaluationResponse(
            @Schema(nullable = true, format = "decimal128", description = "Computed from counts or phases, unrounded percent") BigDecimal computedValue,
            @Schema(nullable = true, format = "decimal128", description = "The entered value if any, else the computed one") BigDecimal valueUsed,
            Suggestion suggestion,
            @Schema(nullable = true, description = "Set when the period is closed: the values and suggestion are those "
                    + "frozen when it was closed, at this time, not today's") Instant frozenAt) {

        static EvaluationResponse of(Evaluation e) {
            return e == null ? null : new EvaluationResponse(e.computedValue(), e.valueUsed(),
                    PlanReportResponse.suggestion(e.suggestion()), e.frozenAt());
        }
    }

    /** The result with its evaluation; null leaves the evaluation out, as lists do. */
    public static ResultResponse of(IndicatorResult r, Evaluation evaluation) {
        return new ResultResponse(r.id, r.indicator.id, r.period.id, r.enteredValue, r.enteredJustification,
                r.monitoringNote, r.dataSource, r.assessmentStep,
                r.assessmentStep == null ? null : AssessmentStep.fromCode(r.assessmentStep).label(),
                r.assessedBy, r.assessedAt, r.deviationExplanation, r.correctiveActions,
                evaluation == null ? null : PlanReportResponse.deviation(evaluation.deviation()),
                EvaluationResponse.of(evaluation), r.version, r.updatedAt);
    }
}
