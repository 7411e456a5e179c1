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
import it.perfmon.security.UserMembership;
import it.perfmon.security.UserSession;
import it.perfmon.audit.service.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final AuditTrail audit;

    AuthService(LoginThrottle throttle, SignInPurge purge, PerfmonConfig config, AuditTrail audit) {
        this.audit = audit;
        this.throttle = throttle;
        this.purge = purge;
        this.config = config.security();
    }

    /** A new session and who opened it, as GET /auth/me would show them (read while the account is at hand). */
    public record Opened(String sessionToken, CurrentUser view) {
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
        return Optional.of(new Opened(token, view(user.get(), Credentials.home(user.get()), Credentials.csrfFor(token))));
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
                    organisationName(actor.organisationId()), ownOnly(actor));
        }
        if (actor.userId() == null) {
            // Signed in at the OpenID Connect provider: no local account, the token's claims say it all.
            List<String> codes = actor.structureIds().isEmpty() ? List.of()
                    : ResponsibleStructure.<ResponsibleStructure>list("id in ?1", actor.structureIds()).stream()
                            .map(s -> s.code).sorted().toList();
            return new CurrentUser(actor.name(), actor.displayName(), "USER",
                    actor.role() == null ? null : actor.role().name(), codes, List.of(), null, actor.organisationCode(),
                    organisationName(actor.organisationId()), ownOnly(actor));
        }
        AppUser user = AppUser.findById(actor.userId());
        Organisation acting = Organisation.findById(actor.organisationId());
        return view(user, new Credentials.Standing(acting, actor.role()),
                actor.viaSession() && sessionToken != null ? Credentials.csrfFor(sessionToken) : null);
    }

    /**
     * Makes the session act in another organisation the person belongs to (their home one included); the answer
     * is the person as they now act. A token or a person of the provider belongs to one organisation: 403.
     */
    @Transactional
    public CurrentUser switchTo(Actor actor, String sessionToken, String code) {
        if (actor.kind() != Actor.Kind.USER || actor.userId() == null || !actor.viaSession() || sessionToken == null) {
            throw ProblemException.forbidden(actor.kind() == Actor.Kind.TOKEN
                    ? "Un token appartiene a una sola organizzazione" : "Solo una sessione del servizio cambia organizzazione");
        }
        if (code == null || code.isBlank() || code.length() > 32) {
            throw ProblemException.invalid("organisation", "il codice di un'organizzazione (al più 32 caratteri)");
        }
        UserSession session = UserSession.<UserSession>find("tokenHash", Secrets.sha256(sessionToken)).firstResult();
        AppUser user = session.user;
        Organisation target = Organisation.findByCode(code.strip())
                .orElseThrow(() -> notAMember(code));
        Credentials.Standing standing;
        if (target.id.equals(user.organisation.id)) {
            standing = Credentials.home(user);
        } else {
            UserMembership membership = UserMembership.of(user, target).orElseThrow(() -> notAMember(code));
            standing = new Credentials.Standing(target, membership.role);
        }
        String from = actor.organisationCode();
        session.organisation = target.id.equals(user.organisation.id) ? null : target;
        if (!target.code.equals(from)) {
            audit.switched(session.id, from, target);
        }
        return view(user, standing, Credentials.csrfFor(sessionToken));
    }

    /** The same answer whether the organisation does not exist or the person is not a member of it. */
    private static ProblemException notAMember(String code) {
        return ProblemException.invalid("organisation", "l'utente non appartiene all'organizzazione " + code);
    }

    /** A token or a person of the provider acts in one organisation only. */
    private static List<CurrentUser.Membership> ownOnly(Actor actor) {
        if (actor.organisationCode() == null) {
            return List.of();
        }
        return List.of(new CurrentUser.Membership(actor.organisationCode(), organisationName(actor.organisationId()),
                actor.role() == null ? null : actor.role().name()));
    }

    /** The person acting in an organisation: their role and structures there, and every organisation they may act in. */
    public static CurrentUser view(AppUser user, Credentials.Standing standing, String csrfToken) {
        Organisation acting = standing.organisation();
        List<CurrentUser.Membership> memberships = new ArrayList<>();
        memberships.add(new CurrentUser.Membership(user.organisation.code, user.organisation.name, user.role.name()));
        UserMembership.<UserMembership>list("user", user).stream()
                .sorted(Comparator.comparing((UserMembership m) -> m.organisation.name).thenComparing(m -> m.organisation.code))
                .forEach(m -> memberships.add(new CurrentUser.Membership(m.organisation.code, m.organisation.name,
                        m.role.name())));
        return new CurrentUser(user.username, user.displayName, "USER", standing.role().name(),
                user.structures.stream().filter(s -> s.organisation.id.equals(acting.id)).map(s -> s.code).sorted()
                        .toList(), List.of(), csrfToken, acting.code, acting.name, memberships);
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
