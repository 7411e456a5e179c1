package it.perfmon.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Security settings; the MONITOR_* environment variables of the README map onto these. */
@ConfigMapping(prefix = "perfmon.security")
public interface SecurityConfig {

    /** Whether plans and values can be read without signing in. */
    @WithName("public-read")
    @WithDefault("true")
    boolean publicRead();

    @WithName("admin-user")
    Optional<String> adminUser();

    @WithName("admin-password")
    Optional<String> adminPassword();

    /** Accepted as an administrator API token, for automation; unset by default. */
    @WithName("bootstrap-token")
    Optional<String> bootstrapToken();

    @WithName("session-idle")
    @WithDefault("PT2H")
    Duration sessionIdle();

    @WithName("session-max")
    @WithDefault("PT12H")
    Duration sessionMax();

    /** Off only for plain http on a developer's machine: the session cookie is then neither Secure nor __Host-. */
    @WithName("secure-cookie")
    @WithDefault("true")
    boolean secureCookie();

    /** Failed logins an address may make for one user before each further attempt waits (four times for all users). */
    @WithName("login-max-failures")
    @WithDefault("5")
    int loginMaxFailures();

    /** The wait after the allowance is spent; it doubles with every further failure. */
    @WithName("login-base-delay")
    @WithDefault("PT1S")
    Duration loginBaseDelay();

    /** The longest wait between two attempts, however many failures. */
    @WithName("login-max-delay")
    @WithDefault("PT15M")
    Duration loginMaxDelay();

    /** Failures are forgotten after this long without an attempt; longer than the longest wait. */
    @WithName("login-window")
    @WithDefault("PT1H")
    Duration loginWindow();

    /** Expired sessions and forgotten login attempts are purged at most this often per replica. */
    @WithName("purge-interval")
    @WithDefault("PT1M")
    Duration purgeInterval();
}
