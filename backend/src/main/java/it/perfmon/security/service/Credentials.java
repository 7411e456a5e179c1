package it.perfmon.security.service;

import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.Secrets;
import it.perfmon.organisation.Organisation;
import it.perfmon.security.Actor;
import it.perfmon.security.ApiToken;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import it.perfmon.security.UserMembership;
import it.perfmon.security.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Looks up who a session cookie or a bearer token belongs to. */
@ApplicationScoped
@Transactional
public class Credentials {

    /** Recording every use would turn each read into a write; once a minute is enough to see a token is alive. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final PerfmonConfig.Security config;
    private final String defaultOrganisationCode;
    /** The default organisation's id, once it exists: it never changes, and the bootstrap token is used a lot. */
    private volatile Long defaultOrganisationId;

    Credentials(PerfmonConfig config) {
        this.config = config.security();
        this.defaultOrganisationCode = config.defaultOrganisation();
    }

    public Optional<Actor> forToken(String token) {
        if (token.isBlank()) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        Optional<String> bootstrap = config.bootstrapToken().filter(t -> !t.isBlank());
        if (bootstrap.isPresent() && Secrets.sameHash(hash, Secrets.sha256(bootstrap.get()))) {
            return Optional.of(new Actor(Actor.Kind.TOKEN, "bootstrap-token", "bootstrap-token", null, Role.ADMINISTRATOR, Set.of(),
                    Set.of(Actor.COUNTS_WRITE, Actor.VALUES_READ), Set.of(), false, true,
                    defaultOrganisationId(), defaultOrganisationCode, false));
        }
        Instant now = Instant.now();
        Optional<ApiToken> found = ApiToken.<ApiToken>find("tokenHash", hash).firstResultOptional()
                .filter(t -> t.usableAt(now));
        found.ifPresent(t -> {
            if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(TOUCH_EVERY))) {
                ApiToken.update("lastUsedAt = ?1 where id = ?2", now, t.id);
            }
        });
        // Named by id, which is unique, for the audit trail and the idempotency keys: two tokens may share a name.
        return found.map(t -> new Actor(Actor.Kind.TOKEN, "token:" + t.id, t.name, null, null, Set.of(), t.scopes(),
                Set.copyOf(t.indicatorIds), false, true, t.organisation.id, t.organisation.code, t.allOrganisations));
    }

    private Long defaultOrganisationId() {
        if (defaultOrganisationId == null) {
            defaultOrganisationId = Organisation.findByCode(defaultOrganisationCode).map(o -> o.id).orElse(null);
        }
        return defaultOrganisationId;
    }

    public Optional<Actor> forSession(String token, boolean unsafeMethod, String csrfToken) {
        Instant now = Instant.now();
        Optional<UserSession> found = UserSession.<UserSession>find("tokenHash", Secrets.sha256(token))
                .firstResultOptional()
                .filter(s -> s.expiresAt.isAfter(now) && s.lastSeenAt.plus(config.sessionIdle()).isAfter(now))
                .filter(s -> s.user.active);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSession session = found.get();
        if (session.lastSeenAt.isBefore(now.minus(TOUCH_EVERY))) {
            session.lastSeenAt = now;
        }
        boolean csrfValid = !unsafeMethod || csrfToken != null && Secrets.sameHash(csrfFor(token), csrfToken);
        Standing standing = standingOf(session);
        return Optional.of(actorOf(session.user, standing, true, csrfValid));
    }

    /** Where a person acts and with which role: their home organisation's, or a membership's elsewhere. */
    public record Standing(Organisation organisation, Role role) {
    }

    /**
     * The organisation the session acts in with the person's role there. A membership removed since the switch
     * sends the session back home (and says so in the row), so a removed role is never kept.
     */
    public static Standing standingOf(UserSession session) {
        AppUser user = session.user;
        if (session.organisation == null || session.organisation.id.equals(user.organisation.id)) {
            return home(user);
        }
        Optional<UserMembership> membership = UserMembership.of(user, session.organisation);
        if (membership.isEmpty()) {
            session.organisation = null;
            return home(user);
        }
        return new Standing(session.organisation, membership.get().role);
    }

    public static Standing home(AppUser user) {
        return new Standing(user.organisation, user.role);
    }

    /**
     * The CSRF token of a session: a digest of the cookie's secret. A page of another site can neither read the
     * HttpOnly cookie nor this token, so it cannot forge the header that state-changing requests must carry.
     */
    public static String csrfFor(String sessionToken) {
        return Secrets.sha256("csrf:" + sessionToken);
    }

    /** The person acting in an organisation: its role there and the structures of that organisation only. */
    public static Actor actorOf(AppUser user, Standing standing, boolean viaSession, boolean csrfValid) {
        Set<Long> structures = user.structures.stream().filter(s -> s.organisation.id.equals(standing.organisation().id))
                .map(s -> s.id).collect(Collectors.toUnmodifiableSet());
        return new Actor(Actor.Kind.USER, user.username, user.displayName, user.id, standing.role(), structures, Set.of(),
                Set.of(), viaSession, csrfValid, standing.organisation().id, standing.organisation().code, false);
    }
}
