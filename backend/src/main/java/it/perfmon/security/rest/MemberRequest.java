package it.perfmon.security.rest;

import it.perfmon.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's role in an organisation other than their own, and an editor's structures there. */
@Schema(name = "MemberInput")
public record MemberRequest(
        @NotNull @Schema(enumeration = {"ADMINISTRATOR", "EDITOR", "VIEWER", "OIV"},
                description = "REGIONAL is refused: it is given only in the person's own organisation") Role role,
        @Size(max = 50) @Schema(description = "Codes of the organisation's structures, required for editors",
                example = "[\"DIREZIONE\"]") List<@NotBlank @Size(max = 32) String> structures) {
}
