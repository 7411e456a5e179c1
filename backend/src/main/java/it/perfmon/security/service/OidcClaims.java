package it.perfmon.security.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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

/** Reads who a person is from the claims of an OpenID Connect token. */
@ApplicationScoped
public class OidcClaims {

    /** The role names expected among the token's roles, and the claim listing structure codes. */
    @ConfigMapping(prefix = "perfmon.security.oidc")
    public interface Config {
        @WithDefault("administrator")
        String administratorRole();

        @WithDefault("editor")
        String editorRole();

        @WithDefault("viewer")
        String viewerRole();

        @WithDefault("structures")
        String structuresClaim();

        /** The provider's issuer as browsers reach it, for the web app's sign-in. */
        Optional<String> publicIssuer();

        @WithDefault("perfmon-web")
        String webClientId();
    }

    private final Config config;

    OidcClaims(Config config) {
        this.config = config;
    }

    @Transactional
    public Actor actorOf(JsonWebToken token, Set<String> roles) {
        Role role = roles.contains(config.administratorRole()) ? Role.ADMINISTRATOR
                : roles.contains(config.editorRole()) ? Role.EDITOR
                : roles.contains(config.viewerRole()) ? Role.VIEWER
                : null;
        List<String> codes = structureCodes(token.getClaim(config.structuresClaim()));
        Set<Long> structureIds = codes.isEmpty() ? Set.of()
                : ResponsibleStructure.<ResponsibleStructure>list("code in ?1", codes).stream().map(s -> s.id)
                        .collect(Collectors.toUnmodifiableSet());
        String name = claim(token, "preferred_username").orElseGet(token::getName);
        // "name" is the standard claim with the person's full name (Keycloak: first and last name).
        String displayName = claim(token, "name").orElse(name);
        return new Actor(Actor.Kind.USER, name, displayName, null, role, structureIds, Set.of(), Set.of(), false,
                true);
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
