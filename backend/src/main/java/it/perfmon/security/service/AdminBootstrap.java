package it.perfmon.security.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import it.perfmon.organisation.Organisation;
import it.perfmon.security.AppUser;
import it.perfmon.security.Role;
import it.perfmon.security.SecurityConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator from MONITOR_ADMIN_USER / MONITOR_ADMIN_PASSWORD when none exists, after the
 * default data set is loaded. In production it refuses to start with an empty or well-known password.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final Set<String> DEMO_PASSWORDS = Set.of("admin", "password", "changeme", "demo", "demo-arti-2021",
            "test-admin-password");
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final SecurityConfig config;
    private final String organisationCode;

    AdminBootstrap(SecurityConfig config,
            @ConfigProperty(name = "perfmon.default-organisation", defaultValue = "ARTI") String organisationCode) {
        this.config = config;
        this.organisationCode = organisationCode;
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
        }
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
        if (config.adminUser().isEmpty() || AppUser.count("role = ?1 and active = true", Role.ADMINISTRATOR) > 0) {
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
