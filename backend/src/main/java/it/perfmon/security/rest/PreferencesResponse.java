package it.perfmon.security.rest;

import it.perfmon.security.AppUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Preferences", description = "The signed-in person's own settings")
public record PreferencesResponse(
        @Schema(nullable = true, format = "email", example = "m.rossi@arti.toscana.it",
                description = "Where the reminders of the monitoring cycle go; null: none are sent") String email,
        @Schema(description = "False: the person has turned the reminders off") boolean remindersEnabled,
        @Schema(format = "int32", description = "The account's version, as the ETag names it") int version) {

    static PreferencesResponse of(AppUser user) {
        return new PreferencesResponse(user.email, user.remindersEnabled, user.version);
    }
}
