package it.perfmon.organisation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organisation's administrator changes of it: its name and whether it reads publicly. */
@Schema(name = "OrganisationUpdate")
public record OrganisationUpdateRequest(
        @NotBlank @Size(max = 255) @Schema(maxLength = 255, example = "Agenzia Regionale Toscana per l'Impiego")
        String name,
        @Schema(nullable = true, description = "Whether its published data is read without signing in; null: the "
                + "deployment's default") Boolean publicRead) {
}
