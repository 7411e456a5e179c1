package it.perfmon.security.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.perfmon.common.Jdbc;
import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deletes sessions that can no longer be used (expired, or idle too long) and login attempts old enough to be
 * forgotten, a bounded batch at a time and at most once per interval per replica, as sign-ins come. The rows are
 * found by a plain read and deleted by key with the condition checked again, so that only they are locked and a
 * row refreshed by another replica in between is kept.
 */
@ApplicationScoped
public class SignInPurge {

    static final int BATCH = 100;

    private final EntityManager em;
    private final PerfmonConfig.Security config;
    private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

    SignInPurge(EntityManager em, PerfmonConfig config) {
        this.em = em;
        this.config = config.security();
    }

    public void purgeIfDue() {
        long now = System.nanoTime();
        long due = nextPurge.get();
        if ((due != Long.MIN_VALUE && now - due < 0)
                || !nextPurge.compareAndSet(due, now + config.purgeInterval().toNanos())) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> purge(Instant.now()));
    }

    void purge(Instant now) {
        LocalDateTime forgotten = Jdbc.utc(now.minus(config.loginWindow()));
        List<?> attempts = em.createNativeQuery("SELECT attempt_key FROM login_attempt WHERE last_attempt_at < ?1 "
                + "ORDER BY last_attempt_at LIMIT " + BATCH).setParameter(1, forgotten).getResultList();
        if (!attempts.isEmpty()) {
            em.createNativeQuery("DELETE FROM login_attempt WHERE attempt_key IN (?1) AND last_attempt_at < ?2")
                    .setParameter(1, attempts).setParameter(2, forgotten).executeUpdate();
        }
        LocalDateTime expired = Jdbc.utc(now);
        LocalDateTime idle = Jdbc.utc(now.minus(config.sessionIdle()));
        List<?> sessions = em.createNativeQuery("SELECT id FROM user_session WHERE expires_at < ?1 UNION "
                + "SELECT id FROM user_session WHERE last_seen_at < ?2 ORDER BY id LIMIT " + BATCH)
                .setParameter(1, expired).setParameter(2, idle).getResultList();
        if (!sessions.isEmpty()) {
            em.createNativeQuery("DELETE FROM user_session WHERE id IN (?1) AND (expires_at < ?2 OR last_seen_at < ?3)")
                    .setParameter(1, sessions.stream().map(id -> ((Number) id).longValue()).toList())
                    .setParameter(2, expired).setParameter(3, idle).executeUpdate();
        }
    }
}
