package it.perfmon.security.service;

import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.Secrets;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.security.Actor;
import it.perfmon.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads who a person is from the claims of an OpenID Connect token. Only the roles named in the configuration
 * count: a realm shared with other applications may well have its own role called "administrator".
 */
@ApplicationScoped
public class OidcClaims {

    /** Longest subject or name the audit trail, the idempotency keys and the authors of figures hold. */
    static final int MAX_SUBJECT = 100;

    private final PerfmonConfig.Oidc config;
    private final String organisationCode;

    OidcClaims(PerfmonConfig config) {
        this.config = config.security().oidc();
        this.organisationCode = config.defaultOrganisation();
    }

    /**
     * The actor of a verified token, or empty when the token has no subject to identify its bearer. People
     * signed in at the provider belong to the deployment's default organisation, as the local accounts created
     * here do, so their structure codes are looked up there and never in another organisation.
     */
    @Transactional
    public Optional<Actor> actorOf(JsonWebToken token, Set<String> tokenRoles) {
        Optional<String> sub = claim(token, "sub");
        if (sub.isEmpty()) {
            return Optional.empty();
        }
        // A claim "organisation" places the person in another organisation of the deployment; one unknown here
        // places them nowhere, so they read as anonymous callers do and change nothing.
        Optional<Organisation> found = Organisation.findByCode(claim(token, "organisation").orElse(organisationCode));
        Long organisationId = found.map(o -> o.id).orElse(null);
        String organisation = found.map(o -> o.code).orElse(null);
        List<String> codes = structureCodes(token.getClaim(config.structuresClaim()));
        Set<Long> structureIds = codes.isEmpty() || organisationId == null ? Set.of()
                : ResponsibleStructure.<ResponsibleStructure>list("organisation.id = ?1 and code in ?2",
                        organisationId, codes).stream().map(s -> s.id).collect(Collectors.toUnmodifiableSet());
        String name = fitting(claim(token, "preferred_username").orElse(sub.get()));
        // "name" is the standard claim with the person's full name (Keycloak: first and last name).
        String displayName = claim(token, "name").orElse(name);
        return Optional.of(new Actor(Actor.Kind.USER, name, displayName, null, roleOf(tokenRoles), structureIds,
                Set.of(), Set.of(), false, true, subjectOf(sub.get()), organisationId, organisation, false));
    }

    /**
     * The highest of the configured roles among the token's roles (administrator, editor, OIV, viewer); any other
     * role of the token means nothing here.
     */
    Role roleOf(Set<String> tokenRoles) {
        return tokenRoles.contains(config.administratorRole()) ? Role.ADMINISTRATOR
                : tokenRoles.contains(config.editorRole()) ? Role.EDITOR
                : tokenRoles.contains(config.oivRole()) ? Role.OIV
                : tokenRoles.contains(config.viewerRole()) ? Role.VIEWER
                : null;
    }

    /**
     * "sub" is unique and never reassigned within the provider, unlike preferred_username. The prefix keeps it
     * apart from local usernames (which cannot contain ':'); a subject too long for the columns is hashed.
     */
    static String subjectOf(String sub) {
        String subject = "oidc:" + sub;
        return subject.length() <= MAX_SUBJECT ? subject : "oidc-sha256:" + Secrets.sha256(sub);
    }

    /**
     * The name as the columns that show who did what hold it (100 characters, as local usernames): a longer
     * preferred_username is cut for display, never used to tell people apart (the subject does that).
     */
    static String fitting(String name) {
        return name.length() <= MAX_SUBJECT ? name : name.substring(0, MAX_SUBJECT);
    }

    private static Optional<String> claim(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString string ? string.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }

    /** A JSON array of codes, or one comma-separated string, as identity providers map attributes either way. */
    static List<String> structureCodes(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (claim instanceof JsonString string) {
            return split(string.getString());
        }
        return claim == null ? List.of() : split(claim.toString());
    }

    private static List<String> split(String codes) {
        return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
