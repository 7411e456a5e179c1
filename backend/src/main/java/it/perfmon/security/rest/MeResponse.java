package it.perfmon.security.rest;

import it.perfmon.security.service.CurrentUser;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is signed in, what they may do, and the CSRF token their browser must send with changes. */
@Schema(name = "Me")
public record MeResponse(
        @Schema(example = "m.rossi") String username,
        @Schema(example = "Maria Rossi") String displayName,
        @Schema(enumeration = {"USER", "TOKEN"}) String kind,
        @Schema(enumeration = {"ADMINISTRATOR", "EDITOR", "VIEWER", "OIV", "REGIONAL"}, nullable = true) String role,
        @Schema(description = "Codes of the responsible structures an editor reports for") List<String> structures,
        @Schema(description = "Scopes of a token") List<String> scopes,
        @Schema(description = "Send it in the Csrf-Token header with every change made with the session cookie",
                nullable = true) String csrfToken,
        @Schema(description = "The organisation the caller belongs to; null for a person signed in at the OpenID "
                + "Connect provider whose organisation claim names none of this deployment", nullable = true)
        Membership organisation,
        @Schema(description = "The organisations the caller may act in, with their role in each: the home "
                + "organisation first, then the others by name. A token or a person signed in at the OpenID Connect "
                + "provider: its own organisation only (none when it has none)") List<OrganisationRole> memberships) {

    /** The organisation of the caller: what the web app shows and filters lists by. */
    @Schema(name = "MeOrganisation")
    public record Membership(@Schema(example = "ARTI") String code,
            @Schema(example = "Agenzia Regionale Toscana per l'Impiego") String name) {
    }

    /** An organisation the caller may act in (PUT /api/v1/auth/me/organisation) and their role there. */
    @Schema(name = "MeMembership")
    public record OrganisationRole(@Schema(example = "ARTI") String code,
            @Schema(example = "Agenzia Regionale Toscana per l'Impiego") String name,
            @Schema(enumeration = {"ADMINISTRATOR", "EDITOR", "VIEWER", "OIV", "REGIONAL"}, nullable = true) String role) {
    }

    public static MeResponse of(CurrentUser user) {
        return new MeResponse(user.username(), user.displayName(), user.kind(), user.role(), user.structures(),
                user.scopes(), user.csrfToken(), user.organisationCode() == null ? null
                        : new Membership(user.organisationCode(), user.organisationName()),
                user.memberships().stream().map(m -> new OrganisationRole(m.code(), m.name(), m.role())).toList());
    }
}
