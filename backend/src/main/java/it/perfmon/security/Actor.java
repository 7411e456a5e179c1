package it.perfmon.security;

import java.util.Set;

/**
 * Who is behind a request, as established by a session cookie or a bearer token. Kept as an attribute of the
 * Quarkus SecurityIdentity so that services can check structures and token scopes. The name is the one the audit
 * trail records; the display name is the one people read.
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
        boolean csrfValid) {

    public static final String ATTRIBUTE = "perfmon.actor";

    /** Scope of tokens that post counts (limited to their listed indicators). */
    public static final String COUNTS_WRITE = "counts:write";
    /** Scope of tokens that read plans and values when public reading is off. */
    public static final String VALUES_READ = "values:read";

    public enum Kind {
        USER, TOKEN
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    public boolean editsStructure(long structureId) {
        return isAdministrator() || role == Role.EDITOR && structureIds.contains(structureId);
    }

    public boolean hasScope(String scope) {
        return kind == Kind.TOKEN && (scopes.contains(scope) || isAdministrator());
    }
}
