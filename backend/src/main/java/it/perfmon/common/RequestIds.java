package it.perfmon.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request has an id: the X-Request-Id the proxy or client sent when it is a plain token, otherwise a new one.
 * It is echoed in the response and put in the logging context (MDC key requestId), which Quarkus keeps with the
 * request's Vert.x context across the threads that serve it, so that every line logged for the request carries it
 * and one request's lines can be found among those of all replicas.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Before every other handler (BodyReadTimeout is at -1 000 000), so that even its 408 carries the id. */
    private static final int ORDER = -2_000_000;
    /** nginx's $request_id (32 hex digits), UUIDs and the like; never text that could forge a log line or header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::identify);
    }

    void identify(RoutingContext context) {
        String id = idOf(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    static String idOf(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
