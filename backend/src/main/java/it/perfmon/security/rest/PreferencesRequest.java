package it.perfmon.security.rest;

import it.perfmon.common.EmailAddresses;
import it.perfmon.security.service.Preferences;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Replaces both settings: an address left out or null is removed. */
@Schema(name = "PreferencesInput")
public record PreferencesRequest(
        @Size(max = EmailAddresses.MAX_LENGTH) @Email(regexp = EmailAddresses.PATTERN)
        @Schema(format = "email", maxLength = EmailAddresses.MAX_LENGTH, example = "m.rossi@arti.toscana.it",
                description = "Where the reminders go; left out or null, the address is removed and none are sent")
        String email,
        @NotNull @Schema(required = true, description = "False: no reminder is sent to this person") Boolean remindersEnabled) {

    Preferences toPreferences() {
        return new Preferences(email, remindersEnabled);
    }
}
