package it.perfmon.assessment.rest;

import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.rest.PlanReportResponse;
import it.perfmon.report.rest.PlanReportResponse.Suggestion;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuggestionPreview",
        description = "The value and the suggested assessment an indicator would have with the entered value given, before it is saved")
public record SuggestionPreviewResponse(
        @Schema(nullable = true, format = "decimal128", description = "The value computed from counts or phases") BigDecimal computedValue,
        @Schema(nullable = true, format = "decimal128", description = "The entered value if given, else the computed one") BigDecimal valueUsed,
        @Schema(nullable = true, format = "decimal128", description = "Expected value at the period's date (pro-rata of the target), when the indicator is judged against it") BigDecimal expectedValue,
        Suggestion suggestion) {

    public static SuggestionPreviewResponse of(ReportIndicator indicator) {
        return new SuggestionPreviewResponse(indicator.computedValue(), indicator.valueUsed(),
                indicator.target().expectedValue(), PlanReportResponse.suggestion(indicator.suggestion()));
    }
}
