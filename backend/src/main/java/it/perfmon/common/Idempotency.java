package it.perfmon.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Idempotency-Key for POSTs: the key and a fingerprint of the body are claimed in the same transaction as the
 * request's effect and the answer stored with them, so a retry at 3 a.m. is answered from the store and applied
 * once. The same key with another body is refused (422); while the first request still runs, 409.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Keys are kept at least seven days; older ones are purged as new ones arrive. */
    static final Duration KEPT = Duration.ofDays(8);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Duration purgeInterval;
    private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

    Idempotency(EntityManager em, ObjectMapper mapper, PerfmonConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.purgeInterval = config.idempotency().purgeInterval();
    }

    /** An answer whose status the work decides (such as 201 when it created something, else 200). */
    public record Answer(int status, Object body) {
    }

    /** Runs the work once per (caller, key); the answer is JSON with the given status. */
    @Transactional
    public Response once(String caller, String key, Object request, int status, Supplier<Object> work) {
        return answer(caller, key, request, () -> new Answer(status, work.get()));
    }

    /** Runs the work once per (caller, key); a retry gets the first answer, status included. */
    @Transactional
    public Response answer(String caller, String key, Object request, Supplier<Answer> work) {
        if (key == null || key.isBlank()) {
            Answer answer = work.get();
            return Response.status(answer.status()).entity(answer.body()).build();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "al massimo 200 caratteri");
        }
        String fingerprint = Secrets.sha256(json(request));
        Optional<Response> replay = claim(caller, key, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }
        Answer answer = work.get();
        int recorded = em.createNativeQuery("UPDATE idempotency_key SET response_status = ?1, response_body = ?2 "
                        + "WHERE caller = ?3 AND idempotency_key = ?4")
                .setParameter(1, answer.status()).setParameter(2, json(answer.body())).setParameter(3, caller)
                .setParameter(4, key).executeUpdate();
        if (recorded != 1) {
            // The claim made at the start of this transaction is gone: the transaction was rolled back under us.
            throw new LostTransaction("the claim of an Idempotency-Key vanished before its answer was recorded");
        }
        // After the work, not before: the purge's plain read would fix the transaction's view of the data before
        // the work takes its locks, and the work would then check against figures older than the ones it waited for.
        purgeOldKeys();
        return Response.status(answer.status()).entity(answer.body()).build();
    }

    private Optional<Response> claim(String caller, String key, String fingerprint) {
        int claimed;
        try {
            // A first request still running holds the key's row lock: wait briefly, then say so rather than block.
            claimed = em.createNativeQuery("SET STATEMENT innodb_lock_wait_timeout = 2 FOR "
                            + "INSERT IGNORE INTO idempotency_key (caller, idempotency_key, fingerprint, response_status, "
                            + "response_body) VALUES (?1, ?2, ?3, 0, '')")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint).executeUpdate();
        } catch (PersistenceException e) {
            if (!isLockWaitTimeout(e)) {
                throw e; // e.g. the database is away (503, retry later): not a first request still running
            }
            throw ProblemException.conflict("Una richiesta con la stessa Idempotency-Key è ancora in corso: riprovare "
                    + "tra poco", HEADER);
        }
        if (claimed == 1) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT fingerprint, response_status, response_body FROM idempotency_key "
                + "WHERE caller = ?1 AND idempotency_key = ?2").setParameter(1, caller).setParameter(2, key).getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new ProblemException(422, ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key già usata",
                    "La chiave è già stata usata per una richiesta diversa", List.of(new FieldError(HEADER,
                            "già usata con un altro corpo")));
        }
        try {
            return Optional.of(Response.status(((Number) row[1]).intValue()).entity(mapper.readTree((String) row[2]))
                    .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON).header(REPLAYED_HEADER, "true").build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored answer for an idempotency key", e);
        }
    }

    /** MariaDB's "Lock wait timeout exceeded" (1205): another transaction holds the key's row. */
    private static boolean isLockWaitTimeout(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 1205) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deletes expired keys, at most once per interval per process. The old rows are found by a plain read and
     * deleted by id, so that only they are locked: a range delete on created_at (not indexed) locked every key
     * it scanned, the ones that concurrent requests had just claimed included, and so serialised all idempotent
     * requests behind one another (found by the fault tests, make test-faults).
     */
    private void purgeOldKeys() {
        long now = System.nanoTime();
        long due = nextPurge.get();
        if ((due != Long.MIN_VALUE && now - due < 0) || !nextPurge.compareAndSet(due, now + purgeInterval.toNanos())) {
            return;
        }
        List<?> expired = em.createNativeQuery("SELECT id FROM idempotency_key WHERE created_at < ?1 ORDER BY id LIMIT 100")
                .setParameter(1, Timestamp.from(Instant.now().minus(KEPT))).getResultList();
        if (!expired.isEmpty()) {
            em.createNativeQuery("DELETE FROM idempotency_key WHERE id IN (?1)")
                    .setParameter(1, expired.stream().map(id -> ((Number) id).longValue()).toList()).executeUpdate();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
