package it.perfmon.rollover.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NextYearPlanInput")
public record RolloverRequest(
        @Size(max = 500) @Schema(maxLength = 500, description = "Title of the new plan; default 'Piano della performance <year>'",
                example = "Piano della performance 2022") String title,
        @Size(max = 2000) @Schema(maxLength = 2000,
                description = "Why the plan is made before this year's final monitoring is closed. Without it the roll-over is refused (409) until the final period is closed, since baselines and rule targets would come from figures that are not final; with it, every value so derived is marked provisional, and the reason is kept in the audit trail",
                example = "Il Piano 2022 va adottato entro il 31 gennaio: i valori iniziali saranno aggiornati alla chiusura del monitoraggio finale") String provisionalReason) {
}
