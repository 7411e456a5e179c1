package it.perfmon.security.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Limits sign-in attempts per address and per (address, user), counted in the database so that the limit holds
 * however many replicas share the load. Each attempt is admitted and counted before its password is checked, under
 * the rows' exclusive locks, so that parallel guesses queue on the count instead of all reading it before any of
 * them writes; the right password then takes its attempt back. Past the allowance every further attempt waits
 * (see {@link LoginDelay}); an address gets four times a user's allowance, since an office shares one.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ADDRESS_FACTOR = 4;
    private static final int TRIES_ON_DEADLOCK = 3;
    /** MariaDB's ER_LOCK_DEADLOCK: two fresh keys inserted into the same gap by two attempts at once. */
    private static final int DEADLOCK = 1213;

    private final EntityManager em;
    private final PerfmonConfig.Security config;
    private final LoginDelay delay;

    LoginThrottle(EntityManager em, PerfmonConfig config) {
        this.em = em;
        this.config = config.security();
        this.delay = new LoginDelay(this.config.loginBaseDelay(), this.config.loginMaxDelay());
    }

    private record Key(String name, int allowance) {
    }

    /** Counts the attempt and gives zero, or counts nothing and gives the time to wait before trying again. */
    public Duration admit(String username, String address) {
        for (int tries = 1;; tries++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> admitOnce(username, address));
            } catch (RuntimeException e) {
                if (tries >= TRIES_ON_DEADLOCK || !isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    /** The password was right: its attempt is no failure, and the address's earlier failures for the user go. */
    public void succeeded(String username, String address) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM login_attempt WHERE attempt_key = ?1")
                    .setParameter(1, pairKey(username, address)).executeUpdate();
            em.createNativeQuery("UPDATE login_attempt SET failures = GREATEST(failures - 1, 0) WHERE attempt_key = ?1")
                    .setParameter(1, addressKey(address)).executeUpdate();
        });
    }

    /**
     * Times are the database's (UTC_TIMESTAMP), read once the row is locked: one clock for every replica, and an
     * attempt that waited for the lock is measured from when it got it.
     */
    private Duration admitOnce(String username, String address) {
        // Always locked in the same order, so that two attempts never wait on each other's second row.
        List<Key> keys = new ArrayList<>(List.of(new Key(addressKey(address), config.loginMaxFailures() * ADDRESS_FACTOR),
                new Key(pairKey(username, address), config.loginMaxFailures())));
        keys.sort(Comparator.comparing(Key::name));
        Duration wait = Duration.ZERO;
        List<Integer> failures = new ArrayList<>();
        for (Key key : keys) {
            // Creates the row or takes the existing one, exclusively locked until commit: attempts queue here.
            em.createNativeQuery("INSERT INTO login_attempt (attempt_key, last_attempt_at, failures) "
                    + "VALUES (?1, UTC_TIMESTAMP(6), 0) ON DUPLICATE KEY UPDATE attempt_key = attempt_key")
                    .setParameter(1, key.name()).executeUpdate();
            Object[] row = (Object[]) em.createNativeQuery("SELECT failures, TIMESTAMPDIFF(MICROSECOND, last_attempt_at, "
                    + "UTC_TIMESTAMP(6)) FROM login_attempt WHERE attempt_key = ?1 FOR UPDATE")
                    .setParameter(1, key.name()).getSingleResult();
            Duration sinceLast = Duration.ofNanos(((Number) row[1]).longValue() * 1000);
            int counted = sinceLast.compareTo(config.loginWindow()) > 0 ? 0 : ((Number) row[0]).intValue();
            failures.add(counted);
            Duration remaining = delay.remaining(counted, key.allowance(), sinceLast);
            wait = remaining.compareTo(wait) > 0 ? remaining : wait;
        }
        if (!wait.isZero()) {
            return wait;
        }
        for (int i = 0; i < keys.size(); i++) {
            em.createNativeQuery("UPDATE login_attempt SET failures = ?1, last_attempt_at = UTC_TIMESTAMP(6) "
                    + "WHERE attempt_key = ?2").setParameter(1, failures.get(i) + 1).setParameter(2, keys.get(i).name())
                    .executeUpdate();
        }
        return Duration.ZERO;
    }

    private static boolean isDeadlock(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DEADLOCK) {
                return true;
            }
        }
        return false;
    }

    static String pairKey(String username, String address) {
        return "pair:" + address + "|" + username.strip().toLowerCase();
    }

    static String addressKey(String address) {
        return "address:" + address;
    }
}
