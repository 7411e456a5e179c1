package it.perfmon.organisation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A responsible structure or a territorial unit of an organisation: a code unique in it, and a name. */
@Schema(name = "OrganisationReferenceInput")
public record ReferenceRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "lettere, cifre e . _ -")
        @Schema(maxLength = 32, pattern = "^[A-Za-z0-9._-]+$", example = "DIR") String code,
        @NotBlank @Size(max = 255) @Schema(maxLength = 255, example = "Direzione") String name) {
}
