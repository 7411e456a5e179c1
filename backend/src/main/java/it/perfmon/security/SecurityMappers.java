package it.perfmon.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals of the security layer, as problem details like every other error. */
public class SecurityMappers {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        String detail = e instanceof AuthenticationFailedException
                ? "Credenziali non valide, scadute o revocate"
                : "L'operazione richiede l'accesso (sessione o token)";
        return Response.fromResponse(problems.problem(ProblemException.unauthorized(detail), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problems.problem(ProblemException.forbidden("L'utente o il token non ha il permesso per questa operazione"), uri);
    }
}
