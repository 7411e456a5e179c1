package it.perfmon.security.rest;

import it.perfmon.security.Role;
import it.perfmon.security.service.UserChange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** On update the password may be left out to keep the current one. */
@Schema(name = "UserInput")
public record UserRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "lettere, cifre e . _ @ -")
        @Schema(maxLength = 100, pattern = "^[A-Za-z0-9._@-]+$", example = "m.rossi") String username,
        @NotBlank @Size(max = 255) @Schema(maxLength = 255, example = "Maria Rossi") String displayName,
        @Size(min = 12, max = 200) @Schema(minLength = 12, maxLength = 200, format = "password") String password,
        @NotNull Role role,
        @Size(max = 50) @Schema(description = "Structure codes, required for editors", example = "[\"RPCT\"]")
        List<@NotBlank @Size(max = 32) String> structures,
        @Schema(description = "False to suspend the account; default true") Boolean active) {

    public UserChange command() {
        return new UserChange(username, displayName, password, role, structures, active);
    }

    @Override
    public String toString() {
        return "UserRequest[username=" + username + ", role=" + role + "]";
    }
}
