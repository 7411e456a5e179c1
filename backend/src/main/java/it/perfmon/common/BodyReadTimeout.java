package it.perfmon.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Answers 408 to a request whose body stops arriving (a client announcing more bytes than it sends, or stalling
 * half-way) once nothing more has come for {@code perfmon.http.body-idle-timeout}, and closes its connection.
 * Without it such a request held a worker thread, blocked reading the body, for the server's whole 60 s read
 * timeout, which then closed the connection without an answer: a few such clients starve the workers. A client
 * that keeps sending, however slowly, is never cut off.
 */
@ApplicationScoped
public class BodyReadTimeout {

    private static final Logger LOG = Logger.getLogger(BodyReadTimeout.class);
    /** Before the authentication, CORS and REST handlers, so that every request with a body is watched. */
    private static final int ORDER = -1_000_000;

    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final long idleMillis;

    BodyReadTimeout(Vertx vertx, ObjectMapper mapper, PerfmonConfig config) {
        this.vertx = vertx;
        this.mapper = mapper;
        this.idleMillis = Math.max(1, config.http().bodyIdleTimeout().toMillis());
    }

    /** Marks a request answered here, whose handler may still fail later on its closed connection. */
    private static final String ANSWERED = BodyReadTimeout.class.getName() + ".answered";

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::watch).failureHandler(this::afterAnswer);
    }

    /**
     * The worker that was blocked reading the body wakes up when the connection closes and fails writing its own
     * answer; the client already has the 408, so that is no server error (Quarkus would log one with an id).
     */
    void afterAnswer(RoutingContext context) {
        if (Boolean.TRUE.equals(context.get(ANSWERED)) && context.response().ended()) {
            LOG.debugf(context.failure(), "After the 408 for a stalled body of %s", context.request().path());
            return;
        }
        context.next();
    }

    void watch(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!request.isEnded() && expectsBody(request)) {
            long[] lastRead = {request.bytesRead()};
            long[] idle = {0};
            long tick = Math.max(25, idleMillis / 4);
            long timer = vertx.setPeriodic(tick, id -> {
                if (request.isEnded() || context.response().headWritten()) {
                    vertx.cancelTimer(id);
                    return;
                }
                long read = request.bytesRead();
                // Only the client's silence counts: while the server has stopped reading (its worker is slow to
                // take the body, under load), the bytes wait in the socket and the client is not to blame.
                idle[0] = read == lastRead[0] && !serverPaused(request) ? idle[0] + tick : 0;
                lastRead[0] = read;
                if (idle[0] >= idleMillis) {
                    vertx.cancelTimer(id);
                    timeOut(context, read);
                }
            });
            context.addEndHandler(done -> vertx.cancelTimer(timer));
        }
        context.next();
    }

    /**
     * True while the server, not the client, holds the body back: Vert.x has paused reading the connection for
     * back-pressure (autoRead off), or the request itself is paused (Quarkus pauses it while the caller's identity is
     * checked on a worker thread, which under load waits for a free worker) and Vert.x queues what arrives instead of
     * counting it as read. Both are read from Vert.x's own classes, which are not public API: on another
     * implementation the answer is false, the former rule.
     */
    private static boolean serverPaused(HttpServerRequest request) {
        return request.connection() instanceof io.vertx.core.net.impl.ConnectionBase connection
                && !connection.channel().config().isAutoRead() || PausedRequests.isPaused(request);
    }

    private static boolean expectsBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !"0".equals(length.trim()) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private void timeOut(RoutingContext context, long read) {
        HttpServerRequest request = context.request();
        // The client's fault, logged as such: no stack trace, no incident.
        LOG.infof("Request body stalled: %s %s from %s sent %d of %s bytes and nothing for %d ms; answered 408",
                request.method(), request.path(), request.remoteAddress(), read,
                request.getHeader(HttpHeaders.CONTENT_LENGTH) == null ? "(chunked)" : request.getHeader(HttpHeaders.CONTENT_LENGTH),
                idleMillis);
        ProblemDetail problem = new ProblemDetail(ProblemType.REQUEST_TIMEOUT.uri(), "Richiesta incompleta", 408,
                "Il corpo della richiesta non è arrivato per intero: nessun dato per " + idleMillis / 1000
                        + " secondi", request.path(), null);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.put(ANSWERED, true);
        // The rest of the body may still come: the connection cannot serve another request, so it is closed.
        context.response().setStatusCode(408).putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body)
                .onComplete(sent -> request.connection().close());
    }
}
