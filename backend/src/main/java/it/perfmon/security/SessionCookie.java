package it.perfmon.security;

import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The session cookie. Served over HTTPS (production's default) it is Secure and named with the {@code __Host-}
 * prefix, which browsers accept only when Secure, for the path / and without a Domain: no sibling subdomain or
 * plain-http page can set or overwrite it. Over plain http (make run, the tests, the compose file on localhost)
 * it keeps the bare name, since browsers refuse a prefixed cookie that is not Secure.
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "perfmon_session";
    public static final String SECURE_NAME = "__Host-" + NAME;

    private final boolean secure;
    private final int maxAgeSeconds;

    @Inject
    SessionCookie(PerfmonConfig config) {
        this(config.security().secureCookie(), (int) config.security().sessionMax().toSeconds());
    }

    SessionCookie(boolean secure, int maxAgeSeconds) {
        this.secure = secure;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    public String name() {
        return secure ? SECURE_NAME : NAME;
    }

    /** The session's secret from a request's cookies, if it brings one. */
    public String read(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(name());
        return cookie == null ? null : cookie.getValue();
    }

    public NewCookie open(String sessionToken) {
        return builder(sessionToken).maxAge(maxAgeSeconds).build();
    }

    public NewCookie expired() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(name()).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
