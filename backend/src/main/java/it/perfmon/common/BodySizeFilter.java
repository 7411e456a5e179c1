package it.perfmon.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body announced larger than the configured limit before reading it, with problem details: the
 * server's own limit would answer 413 with an empty body and close the connection mid-upload.
 */
public class BodySizeFilter {

    private final long maxBody;

    BodySizeFilter(@ConfigProperty(name = "perfmon.http.max-body") long maxBody) {
        this.maxBody = maxBody;
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
        if (bytes <= maxBody) {
            return Optional.empty();
        }
        ProblemDetail problem = new ProblemDetail("urn:perfmon:problem:too-large", "Richiesta troppo grande", 413,
                "Il corpo della richiesta supera " + maxBody + " byte", request.getUriInfo().getRequestUri().getRawPath(),
                null);
        return Optional.of(Response.status(413).type(ProblemDetail.MEDIA_TYPE).entity(problem).build());
    }
}
