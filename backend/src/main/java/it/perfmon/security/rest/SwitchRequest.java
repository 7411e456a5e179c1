package it.perfmon.security.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation the session is to act in. */
@Schema(name = "OrganisationSwitch")
public record SwitchRequest(
        @NotBlank @Size(max = 32) @Schema(maxLength = 32, example = "IRPET") String organisation) {
}
