package it.perfmon.assessment.rest;

import it.perfmon.assessment.AssessmentState;
import it.perfmon.assessment.service.AssessmentView;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.rest.PlanReportResponse;
import it.perfmon.report.rest.PlanReportResponse.Deviation;
import it.perfmon.report.rest.PlanReportResponse.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assessment", description = "An indicator's assessment (valutazione sintetica) in a monitoring period: "
        + "the judgment held by the indicator's result of the period, with the suggestion, the deviation where the "
        + "indicator is behind and its explanation and corrective actions. It shares the result's version (ETag)")
public record AssessmentResponse(
        @Schema(format = "int64") long indicatorId,
        @Schema(format = "int64") long objectiveId,
        @Schema(example = "1.2") String objectiveCode,
        @Schema(format = "int32", description = "Position of the indicator in its objective, from 1", example = "1")
        int indicatorPosition,
        String indicatorDescription,
        @Schema(format = "int64", description = "The objective's responsible structure") long structureId,
        @Schema(example = "DIREZIONE") String structureCode,
        @Schema(format = "int64") long periodId,
        @Schema(example = "Monitoraggio intermedio al 30/06/2021") String periodLabel,
        @Schema(description = "The period's reference date") LocalDate periodDate,
        @Schema(nullable = true, format = "int32", minimum = "1", maximum = "5",
                description = "The step a person gave; null while not assessed") Integer step,
        @Schema(nullable = true, description = "The step the rules suggest, with the reason") Suggestion suggestion,
        @Schema(nullable = true, description = "Why the indicator is behind; null when it is not") Deviation deviation,
        @Schema(nullable = true, description = "Motivazione dello scostamento") String deviationExplanation,
        @Schema(nullable = true, description = "Interventi correttivi") String correctiveActions,
        @Schema(nullable = true) String assessedBy,
        @Schema(nullable = true) Instant assessedAt,
        AssessmentState state,
        @Schema(nullable = true, format = "int32", description = "Version of the record shared with the indicator's "
                + "result (its ETag); null while neither a value nor an assessment is stored") Integer version) {

    static AssessmentResponse of(AssessmentView view) {
        PlanReport.ReportIndicator indicator = view.indicator();
        PlanReport.Result result = indicator.result();
        PlanReport.Assessment assessment = result.assessment();
        return new AssessmentResponse(indicator.id(), view.objectiveId(), view.objectiveCode(),
                indicator.definition().position(), indicator.definition().description(), view.structureId(),
                view.structureCode(), view.periodId(), view.periodLabel(), view.periodDate(), view.step(),
                indicator.suggestion() == null ? null : PlanReportResponse.suggestion(indicator.suggestion()),
                PlanReportResponse.deviation(indicator.deviation()), result.deviationExplanation(),
                result.correctiveActions(), assessment == null ? null : assessment.assessedBy(),
                assessment == null ? null : assessment.assessedAt(), view.state(), view.version());
    }
}
