package it.perfmon.answers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import it.perfmon.common.Jdbc;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.Versions;
import it.perfmon.plan.service.PlanVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Computed answers (the report, the pull API, the Allegato A) served from memory while the data they come from is
 * unchanged. Each request costs one small read, the data version of its plans (or of every plan), by whichever
 * backend serves it: an answer is reused only when the version it was computed at is still the committed one, so no
 * client is ever served an answer older than a write it could have seen, on this backend or another.
 */
@ApplicationScoped
public class CachedAnswers {

    public static final String CACHE_STATUS = "Cache-Status";

    /** How the contract describes the header on the operations served from memory. */
    public static final String CACHE_STATUS_DESCRIPTION = "The Cache-Status header (RFC 9211) tells whether the answer "
            + "was kept from an earlier request at the same data version ('perfmon; hit') or computed now ('perfmon; "
            + "fwd=miss', or 'perfmon; fwd=stale' when the data had changed since); either way it reflects every write "
            + "committed before the request, on any replica.";

    /** What a request gets: the answer and whether it came from memory. */
    public record Served(Answer answer, CacheOutcome outcome) {
    }

    private final DataSource dataSource;
    private final EntityManager em;
    private final AnswerCache cache;
    private final PlanVisibility visibility;

    CachedAnswers(DataSource dataSource, EntityManager em, PerfmonConfig config, PlanVisibility visibility) {
        this.dataSource = dataSource;
        this.em = em;
        this.visibility = visibility;
        this.cache = new AnswerCache(config.answers().maxBytes());
    }

    /**
     * The answer to the request named by key, over the plans of scope: from memory when its version is current,
     * else computed, and kept, in a transaction whose first read is the version, so that the answer and the version
     * it is kept under come from one snapshot of the database. The key must name everything the answer depends on
     * besides the data and the caller's sight of draft plans (added here, so that no caller can forget it): the
     * operation, its parameters, the media type.
     */
    public Served answer(String request, AnswerScope scope, Supplier<Answer> compute) {
        String key = AnswerKey.of(visibility.sight(), request);
        String current = committedVersion(scope);
        Optional<AnswerCache.Entry> entry = cache.get(key);
        CacheOutcome outcome;
        if (entry.isPresent() && !current.isEmpty() && entry.get().version().equals(current)) {
            outcome = CacheOutcome.HIT;
        } else {
            outcome = entry.isPresent() ? CacheOutcome.STALE : CacheOutcome.MISS;
        }
        cache.counted(outcome);
        if (outcome == CacheOutcome.HIT) {
            return new Served(entry.get().answer(), outcome);
        }
        Answer computed = QuarkusTransaction.requiringNew().call(() -> {
            String[] version = new String[1];
            Jdbc.work(em, connection -> version[0] = PlanDataVersions.read(connection, scope));
            Answer answer = compute.get();
            if (!version[0].isEmpty()) {
                cache.put(key, version[0], answer);
            }
            return answer;
        });
        return new Served(computed, outcome);
    }

    /** 304 when If-None-Match names the answer's tag, else 200 with the bytes; either way with Cache-Status. */
    public static Response response(Served served, String ifNoneMatch) {
        Answer answer = served.answer();
        EntityTag tag = new EntityTag(answer.tag());
        Response.ResponseBuilder response = Versions.notModified(tag, ifNoneMatch)
                ? Response.notModified(tag)
                : Response.ok(answer.body(), answer.mediaType()).tag(tag);
        answer.headers().forEach(response::header);
        return response.header(CACHE_STATUS, served.outcome().header()).build();
    }

    /** The version as committed now, read outside any transaction. */
    private String committedVersion(AnswerScope scope) {
        try (Connection connection = dataSource.getConnection()) {
            return PlanDataVersions.read(connection, scope);
        } catch (SQLException e) {
            // The outage mappers look through the cause: a lost database answers 503 with Retry-After.
            throw new IllegalStateException("reading the data version", e);
        }
    }

    /** Hits, misses and the memory held, since the start. */
    public AnswerCache.Statistics statistics() {
        return cache.statistics();
    }

    /** Empties the cache; answers are then computed again. For tests that compare the two ways. */
    public void clear() {
        cache.clear();
    }
}
