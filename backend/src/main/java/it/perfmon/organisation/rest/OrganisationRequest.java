package it.perfmon.organisation.rest;

import it.perfmon.common.EmailAddresses;
import it.perfmon.organisation.service.NewOrganisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new organisation with its first administrator, who then fills it. */
@Schema(name = "OrganisationInput")
public record OrganisationRequest(
        @NotBlank @Pattern(regexp = CODE, message = "lettere maiuscole, cifre e -, da 2 a 32 caratteri")
        @Schema(pattern = CODE, maxLength = 32, example = "IRPET") String code,
        @NotBlank @Size(max = 255) @Schema(maxLength = 255, example = "Istituto Regionale per la Programmazione Economica della Toscana")
        String name,
        @Schema(nullable = true, description = "Whether its published data is read without signing in; null or "
                + "left out: the deployment's default") Boolean publicRead,
        @NotNull @Valid Administrator administrator) {

    public static final String CODE = "^[A-Z0-9][A-Z0-9-]{1,31}$";

    /** The organisation's first administrator: a local account. */
    @Schema(name = "OrganisationAdministratorInput")
    public record Administrator(
            @NotBlank @Size(max = 100) @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._@-]+",
                    message = "lettere, cifre e . _ @ -")
            @Schema(maxLength = 100, pattern = "^[A-Za-z0-9._@-]+$", example = "l.bianchi") String username,
            @NotBlank @Size(max = 255) @Schema(maxLength = 255, example = "Laura Bianchi") String displayName,
            @NotNull @Size(min = 12, max = 200) @Schema(minLength = 12, maxLength = 200, format = "password")
            String password,
            @Size(max = EmailAddresses.MAX_LENGTH) @Email(regexp = EmailAddresses.PATTERN)
            @Schema(format = "email", maxLength = EmailAddresses.MAX_LENGTH, nullable = true) String email) {

        @Override
        public String toString() {
            return "Administrator[username=" + username + "]";
        }
    }

    public NewOrganisation command() {
        return new NewOrganisation(code, name.strip(), publicRead, administrator.username(),
                administrator.displayName(), administrator.password(), administrator.email());
    }
}
