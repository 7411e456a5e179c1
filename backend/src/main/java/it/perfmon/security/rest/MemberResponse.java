package it.perfmon.security.rest;

import it.perfmon.security.UserMembership;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person of another organisation who is a member of this one, with their role and structures here. */
@Schema(name = "Member")
public record MemberResponse(
        @Schema(example = "m.rossi") String username,
        @Schema(example = "Maria Rossi") String displayName,
        @Schema(description = "The person's own organisation, whose administrators manage the account", example = "ARTI")
        String homeOrganisation,
        @Schema(enumeration = {"ADMINISTRATOR", "EDITOR", "VIEWER", "OIV"}) String role,
        @Schema(description = "Codes of this organisation's structures the person reports for") List<String> structures,
        @Schema(format = "int32") int version,
        Instant createdAt,
        Instant updatedAt) {

    public static MemberResponse of(UserMembership m) {
        return new MemberResponse(m.user.username, m.user.displayName, m.user.organisation.code, m.role.name(),
                m.structures, m.version, m.createdAt, m.updatedAt);
    }
}
