package it.perfmon.report.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReopenPeriodInput")
public record ReopenRequest(
        @NotBlank @Size(min = 10, max = 1000)
        @Schema(minLength = 10, maxLength = 1000, description = "Why the period is reopened; kept in the audit trail",
                example = "Rettifica del dato sulle istruttorie richiesta dal settore regionale") String reason) {
}
