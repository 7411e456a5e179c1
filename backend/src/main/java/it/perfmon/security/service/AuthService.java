package it.perfmon.security.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.common.Secrets;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.organisation.Organisation;
import it.perfmon.security.Actor;
import it.perfmon.security.AppUser;
import it.perfmon.security.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Signing in and out with a username and password; the session cookie is the only thing the browser keeps. */
@ApplicationScoped
public class AuthService {

    /** Checked against when the user does not exist, so that timing does not tell which usernames exist. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    private final LoginThrottle throttle;
    private final SignInPurge purge;
    private final PerfmonConfig.Security config;

    AuthService(LoginThrottle throttle, SignInPurge purge, PerfmonConfig config) {
        this.throttle = throttle;
        this.purge = purge;
        this.config = config.security();
    }

    public record Opened(String sessionToken, AppUser user) {
    }

    public Opened login(String username, String password, String address) {
        purge.purgeIfDue();
        // Counted before the password is checked, so that parallel guesses cannot all pass a count read at once.
        Duration wait = throttle.admit(username, address);
        if (!wait.isZero()) {
            throw new TooManyAttempts(LoginDelay.seconds(wait));
        }
        Optional<Opened> opened = open(username.strip(), password);
        if (opened.isEmpty()) {
            throw new ProblemException(401, ProblemType.INVALID_CREDENTIALS, "Credenziali non valide",
                    "Nome utente o password non corretti", null);
        }
        throttle.succeeded(username, address);
        return opened.get();
    }

    @Transactional
    Optional<Opened> open(String username, String password) {
        Optional<AppUser> user = AppUser.findByUsername(username).filter(u -> u.active && u.passwordHash != null);
        boolean matches = BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(DUMMY_HASH));
        if (user.isEmpty() || !matches) {
            return Optional.empty();
        }
        String token = Secrets.newToken("s_");
        UserSession session = new UserSession();
        session.user = user.get();
        session.tokenHash = Secrets.sha256(token);
        session.createdAt = Instant.now();
        session.lastSeenAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(config.sessionMax());
        session.persist();
        user.get().structures.size();
        org.hibernate.Hibernate.initialize(user.get().organisation);
        return Optional.of(new Opened(token, user.get()));
    }

    @Transactional
    public void logout(String sessionToken) {
        if (sessionToken != null) {
            UserSession.delete("tokenHash", Secrets.sha256(sessionToken));
        }
    }

    @Transactional
    public CurrentUser me(Actor actor, String sessionToken) {
        if (actor.kind() == Actor.Kind.TOKEN) {
            return new CurrentUser(actor.name(), actor.displayName(), "TOKEN", actor.role() == null ? null : actor.role().name(),
                    List.of(), actor.scopes().stream().sorted().toList(), null, actor.organisationCode(),
                    organisationName(actor.organisationId()));
        }
        if (actor.userId() == null) {
            // Signed in at the OpenID Connect provider: no local account, the token's claims say it all.
            List<String> codes = actor.structureIds().isEmpty() ? List.of()
                    : ResponsibleStructure.<ResponsibleStructure>list("id in ?1", actor.structureIds()).stream()
                            .map(s -> s.code).sorted().toList();
            return new CurrentUser(actor.name(), actor.displayName(), "USER",
                    actor.role() == null ? null : actor.role().name(), codes, List.of(), null, actor.organisationCode(),
                    organisationName(actor.organisationId()));
        }
        AppUser user = AppUser.findById(actor.userId());
        return view(user, actor.viaSession() && sessionToken != null ? Credentials.csrfFor(sessionToken) : null);
    }

    public static CurrentUser view(AppUser user, String csrfToken) {
        return new CurrentUser(user.username, user.displayName, "USER", user.role.name(),
                user.structures.stream().map(s -> s.code).sorted().toList(), List.of(), csrfToken, user.organisation.code,
                user.organisation.name);
    }

    private static String organisationName(Long id) {
        return id == null ? null : Organisation.<Organisation>findByIdOptional(id).map(o -> o.name).orElse(null);
    }

    /** Too many failed logins: 429 with the seconds to wait. */
    public static final class TooManyAttempts extends ProblemException {
        private final long retryAfterSeconds;

        TooManyAttempts(long retryAfterSeconds) {
            super(429, ProblemType.TOO_MANY_ATTEMPTS, "Troppi tentativi",
                    "Troppi accessi non riusciti da questo indirizzo: riprovare tra " + retryAfterSeconds + " secondi", null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public java.util.Map<String, String> headers() {
            return java.util.Map.of("Retry-After", Long.toString(retryAfterSeconds));
        }
    }
}
