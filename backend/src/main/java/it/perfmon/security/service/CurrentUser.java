package it.perfmon.security.service;

import java.util.List;

/** Who is signed in, what they may do, and for a browser session the CSRF token it must send with changes. */
public record CurrentUser(String username, String displayName, String kind, String role, List<String> structures,
        List<String> scopes, String csrfToken, String organisationCode, String organisationName,
        List<Membership> memberships) {

    /** An organisation the person may act in, with their role there; the home organisation comes first. */
    public record Membership(String code, String name, String role) {
    }
}
