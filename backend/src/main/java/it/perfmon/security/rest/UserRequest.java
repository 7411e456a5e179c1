package it.perfmon.security.rest;

import it.perfmon.common.EmailAddresses;
import it.perfmon.security.Role;
import it.perfmon.security.service.UserChange;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** On update the password and the e-mail address may be left out to keep the current ones. */
@Schema(name = "UserInput")
public record UserRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "lettere, cifre e . _ @ -")
        @Schema(maxLength = 100, pattern = "^[A-Za-z0-9._@-]+$", example = "m.rossi") String username,
        @NotBlank @Size(max = 255) @Schema(maxLength = 255, example = "Maria Rossi") String displayName,
        @Size(min = 12, max = 200) @Schema(minLength = 12, maxLength = 200, format = "password") String password,
        @NotNull Role role,
        @Size(max = 50) @Schema(description = "Structure codes, required for editors", example = "[\"RPCT\"]")
        List<@NotBlank @Size(max = 32) String> structures,
        @Schema(description = "False to suspend the account; default true") Boolean active,
        @Size(max = EmailAddresses.MAX_LENGTH) @Email(regexp = EmailAddresses.PATTERN)
        @Schema(format = "email", maxLength = EmailAddresses.MAX_LENGTH, example = "m.rossi@arti.toscana.it",
                description = "Where the reminders of the monitoring cycle go. Left out on update, the current address "
                        + "stays; the person can change or remove it (PUT /api/v1/auth/me/preferences)") String email) {

    public UserChange command() {
        return new UserChange(username, displayName, password, role, structures, active, email);
    }

    @Override
    public String toString() {
        return "UserRequest[username=" + username + ", role=" + role + "]";
    }
}
