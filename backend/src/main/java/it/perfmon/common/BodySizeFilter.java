package it.perfmon.common;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body announced larger than the configured limit before reading it, with problem details: the
 * server's own limit would answer 413 with an empty body and close the connection mid-upload. Routes declared as
 * {@link LargeBodyRoute}s (file uploads) have their own, larger limit.
 */
@jakarta.inject.Singleton
public class BodySizeFilter {

    private final long maxBody;
    private final List<LargeBodyRoute> largeBodyRoutes;

    BodySizeFilter(PerfmonConfig config, Instance<LargeBodyRoute> largeBodyRoutes) {
        this.maxBody = config.http().maxBody();
        this.largeBodyRoutes = largeBodyRoutes.stream().toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        long limit = limitFor(request.getUriInfo().getPath());
        if (bytes <= limit) {
            return Optional.empty();
        }
        ProblemException tooLarge = tooLarge(limit);
        ProblemDetail problem = new ProblemDetail(ProblemType.TOO_LARGE.uri(), tooLarge.title(), 413, tooLarge.getMessage(),
                request.getUriInfo().getRequestUri().getRawPath(), null);
        return Optional.of(Response.status(413).type(ProblemDetail.MEDIA_TYPE).entity(problem).build());
    }

    /** The refusal of a body over its limit, announced or counted as read. */
    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, ProblemType.TOO_LARGE, "Richiesta troppo grande",
                "Il corpo della richiesta supera " + limit + " byte", null);
    }

    boolean isLargeBodyRoute(String path) {
        return largeBodyRoutes.stream().anyMatch(route -> route.matches(path));
    }

    /** The limit of a request path: a large-body route's own, else perfmon.http.max-body. */
    long limitFor(String path) {
        return largeBodyRoutes.stream().filter(route -> route.matches(path)).findFirst()
                .map(LargeBodyRoute::maxBytes).orElse(maxBody);
    }
}
