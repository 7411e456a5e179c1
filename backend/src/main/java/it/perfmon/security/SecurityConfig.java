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

    /** Set on a deployment served over HTTPS, so the session cookie is never sent in clear. */
    @WithName("secure-cookie")
    @WithDefault("false")
    boolean secureCookie();

    @WithName("login-max-failures")
    @WithDefault("5")
    int loginMaxFailures();

    @WithName("login-window")
    @WithDefault("PT15M")
    Duration loginWindow();
}
