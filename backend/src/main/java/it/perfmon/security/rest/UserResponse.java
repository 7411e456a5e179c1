package it.perfmon.security.rest;

import it.perfmon.security.AppUser;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User")
public record UserResponse(
        @Schema(format = "int64") long id,
        @Schema(example = "m.rossi") String username,
        @Schema(example = "Maria Rossi") String displayName,
        @Schema(enumeration = {"ADMINISTRATOR", "EDITOR", "VIEWER", "OIV", "REGIONAL"}) String role,
        @Schema(description = "Codes of the responsible structures an editor reports for in the account's own "
                + "organisation (those of organisations the person is a member of are listed by those)") List<String> structures,
        boolean active,
        @Schema(nullable = true, format = "email", example = "m.rossi@arti.toscana.it",
                description = "Where the reminders go; none are sent without one") String email,
        @Schema(description = "False when the person has turned the reminders off for themselves") boolean remindersEnabled,
        @Schema(format = "int32") int version,
        Instant updatedAt) {

    public static UserResponse of(AppUser u) {
        return new UserResponse(u.id, u.username, u.displayName, u.role.name(),
                u.structures.stream()
                        .filter(s -> s.organisation.id.equals(u.organisation.id)).map(s -> s.code).sorted().toList(), u.active, u.email, u.remindersEnabled, u.version,
                u.updatedAt);
    }
}
