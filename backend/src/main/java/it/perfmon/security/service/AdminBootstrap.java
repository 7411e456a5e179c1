package it.perfmon.security.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.organisation.Organisation;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator from MONITOR_ADMIN_USER / MONITOR_ADMIN_PASSWORD when none exists, after the
 * default data set is loaded. In production it refuses to start with an empty or well-known password, or with a
 * short or patterned bootstrap token.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final Set<String> DEMO_PASSWORDS = Set.of("admin", "password", "changeme", "demo", "demo-arti-2021",
            "test-admin-password");
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final PerfmonConfig.Security config;
    private final String organisationCode;

    AdminBootstrap(PerfmonConfig config) {
        this.config = config.security();
        this.organisationCode = config.defaultOrganisation();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        refuseWeakPasswordInProduction();
        createFirstAdministrator();
    }

    void refuseWeakPasswordInProduction() {
        boolean production = LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.isProfileActive("prod");
        if (production) {
            weakness(config.adminUser(), config.adminPassword()).ifPresent(reason -> {
                throw new IllegalStateException(reason + ": refusing to start in production. Set a strong "
                        + "MONITOR_ADMIN_PASSWORD (or run `make run`, which uses the demo profile).");
            });
            tokenWeakness(config.bootstrapToken()).ifPresent(reason -> {
                throw new IllegalStateException(reason + ": refusing to start in production. Leave "
                        + "MONITOR_BOOTSTRAP_TOKEN unset, or set it to at least " + MIN_TOKEN_LENGTH
                        + " random characters (e.g. `openssl rand -base64 32`).");
            });
        }
    }

    /** The bootstrap token is an administrator's key to everything: as long as the tokens the API issues. */
    static final int MIN_TOKEN_LENGTH = 32;
    /** Fewer distinct characters than this is a repeated pattern, not a random secret. */
    private static final int MIN_TOKEN_DISTINCT_CHARACTERS = 12;

    /** Why the configured bootstrap token is unfit for production, if it is; unset is fine (no such token). */
    static Optional<String> tokenWeakness(Optional<String> token) {
        String value = token.map(String::strip).orElse("");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() < MIN_TOKEN_LENGTH) {
            return Optional.of("MONITOR_BOOTSTRAP_TOKEN is shorter than " + MIN_TOKEN_LENGTH + " characters");
        }
        if (value.toLowerCase(java.util.Locale.ROOT).contains("test") || value.toLowerCase(java.util.Locale.ROOT)
                .contains("demo")) {
            return Optional.of("MONITOR_BOOTSTRAP_TOKEN is a test or demo value");
        }
        if (value.chars().distinct().count() < MIN_TOKEN_DISTINCT_CHARACTERS) {
            return Optional.of("MONITOR_BOOTSTRAP_TOKEN repeats too few characters to be random");
        }
        return Optional.empty();
    }

    /** Why the configured first administrator's password is unfit for production, if it is. */
    static Optional<String> weakness(Optional<String> user, Optional<String> password) {
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String value = password.orElse("");
        if (value.isEmpty()) {
            return Optional.of("MONITOR_ADMIN_PASSWORD is empty");
        }
        if (DEMO_PASSWORDS.contains(value)) {
            return Optional.of("MONITOR_ADMIN_PASSWORD is a demo value");
        }
        if (value.length() < 12) {
            return Optional.of("MONITOR_ADMIN_PASSWORD is shorter than 12 characters");
        }
        return Optional.empty();
    }

    @Transactional
    void createFirstAdministrator() {
        // Another organisation's administrators do not administer this one: only the default organisation's count.
        if (config.adminUser().isEmpty() || AppUser.count("role = ?1 and active = true and organisation.code = ?2",
                Role.ADMINISTRATOR, organisationCode) > 0) {
            return;
        }
        String username = config.adminUser().get().strip();
        if (config.adminPassword().isEmpty()) {
            LOG.warnf("MONITOR_ADMIN_USER is %s but MONITOR_ADMIN_PASSWORD is not set: no administrator created", username);
            return;
        }
        Organisation organisation = Organisation.findByCode(organisationCode).orElseGet(() -> {
            Organisation created = new Organisation();
            created.code = organisationCode;
            created.name = organisationCode;
            created.persist();
            return created;
        });
        AppUser admin = AppUser.findByUsername(username).orElseGet(AppUser::new);
        admin.organisation = organisation;
        admin.username = username;
        admin.displayName = admin.displayName == null ? "Amministratore" : admin.displayName;
        admin.passwordHash = BcryptUtil.bcryptHash(config.adminPassword().get());
        admin.role = Role.ADMINISTRATOR;
        admin.active = true;
        admin.persist();
        LOG.infof("Created the first administrator, %s", username);
    }
}
