package it.perfmon.security.service;

import it.perfmon.security.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Limits failed logins per user and per address. Counted in the database, so the limit holds however many
 * replicas share the load; an address gets four times the user's allowance, since an office shares one.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;

    private final EntityManager em;
    private final SecurityConfig config;

    LoginThrottle(EntityManager em, SecurityConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Seconds to wait before trying again, when one of the two keys is over its limit. */
    @Transactional
    public Optional<Long> retryAfter(String username, String address) {
        Instant now = Instant.now();
        long wait = Math.max(blockedFor(userKey(username), config.loginMaxFailures(), now),
                blockedFor(addressKey(address), config.loginMaxFailures() * ADDRESS_FACTOR, now));
        return wait > 0 ? Optional.of(wait) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = Instant.now();
        for (String key : List.of(userKey(username), addressKey(address))) {
            // Assignments run left to right: failures is reset against the old window_start before it moves.
            em.createNativeQuery("""
                    INSERT INTO login_attempt (attempt_key, window_start, failures) VALUES (?1, ?2, 1)
                    ON DUPLICATE KEY UPDATE
                      failures = IF(window_start < ?3, 1, failures + 1),
                      window_start = IF(window_start < ?3, ?2, window_start)""")
                    .setParameter(1, key).setParameter(2, Timestamp.from(now))
                    .setParameter(3, Timestamp.from(now.minus(config.loginWindow())))
                    .executeUpdate();
        }
    }

    @Transactional
    public void succeeded(String username) {
        em.createNativeQuery("DELETE FROM login_attempt WHERE attempt_key = ?1").setParameter(1, userKey(username))
                .executeUpdate();
    }

    private long blockedFor(String key, int limit, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT window_start, failures FROM login_attempt WHERE attempt_key = ?1")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Object[] row = (Object[]) rows.get(0);
        Instant windowEnd = toInstant(row[0]).plus(config.loginWindow());
        int failures = ((Number) row[1]).intValue();
        if (failures < limit || !windowEnd.isAfter(now)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, windowEnd).toSeconds());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) value;
    }

    private static String userKey(String username) {
        return "user:" + username.strip().toLowerCase();
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
