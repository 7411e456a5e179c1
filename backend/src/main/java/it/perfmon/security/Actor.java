package it.perfmon.security;

import java.util.Set;

/**
 * Who is behind a request, as established by a session cookie or a bearer token. Kept as an attribute of the
 * Quarkus SecurityIdentity so that services can check structures and token scopes. The name is the one the audit
 * trail shows; the display name is the one people read; the subject is unique and stable, so it identifies the
 * actor in the audit trail and namespaces idempotency keys.
 */
public record Actor(
        Kind kind,
        String name,
        String displayName,
        Long userId,
        Role role,
        Set<Long> structureIds,
        Set<String> scopes,
        Set<Long> indicatorIds,
        boolean viaSession,
        boolean csrfValid,
        String subject,
        Long organisationId,
        String organisationCode,
        boolean allOrganisations) {

    public static final String ATTRIBUTE = "perfmon.actor";

    /** Scope of tokens that post counts (limited to their listed indicators). */
    public static final String COUNTS_WRITE = "counts:write";
    /** Scope of tokens that read plans and values when public reading is off. */
    public static final String VALUES_READ = "values:read";

    /** An actor whose name is already unique and stable (a local account, an API token) is its own subject. */
    public Actor(Kind kind, String name, String displayName, Long userId, Role role, Set<Long> structureIds,
            Set<String> scopes, Set<Long> indicatorIds, boolean viaSession, boolean csrfValid, Long organisationId,
            String organisationCode, boolean allOrganisations) {
        this(kind, name, displayName, userId, role, structureIds, scopes, indicatorIds, viaSession, csrfValid, name,
                organisationId, organisationCode, allOrganisations);
    }

    public enum Kind {
        USER, TOKEN
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** A person with the OIV's role: reads all, evidence included, and changes no plan data. */
    public boolean isOiv() {
        return kind == Kind.USER && role == Role.OIV;
    }

    /** A person of the Region, or a token of theirs: reads the published data of every organisation. */
    public boolean isRegional() {
        return role == Role.REGIONAL || allOrganisations;
    }

    /** Whether the caller belongs to the organisation (a regional caller belongs only to its own, for writes). */
    public boolean belongsTo(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    /** An administrator of that organisation: sees its drafts and manages it. */
    public boolean administers(long organisation) {
        return isAdministrator() && belongsTo(organisation);
    }

    public boolean editsStructure(long structureId) {
        return isAdministrator() || role == Role.EDITOR && structureIds.contains(structureId);
    }

    public boolean hasScope(String scope) {
        return kind == Kind.TOKEN && (scopes.contains(scope) || isAdministrator());
    }
}
