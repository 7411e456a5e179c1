package it.perfmon.status;

import it.perfmon.common.ProblemDetail;
import it.perfmon.common.ProblemType;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The /status path the Italian API guidelines (ModI) require of every API: problem details with 200 when the
 * service can serve requests, 503 when its database does not answer.
 */
@PermitAll
@Path("/status")
@Tag(name = "Status", description = "Service health for API consumers")
public class StatusResource {

    private final DataSource dataSource;

    StatusResource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @Produces(ProblemDetail.MEDIA_TYPE)
    @Operation(operationId = "getStatus", summary = "Whether the service can serve requests",
            description = "Problem details with status 200 when the service and its database answer, 503 with Retry-After otherwise, as the Italian API guidelines require.")
    @APIResponse(responseCode = "200", description = "The service is up",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "The service is down; retry later",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER, format = "int32")),
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response status() {
        if (databaseAnswers()) {
            return Response.ok(new ProblemDetail(ProblemType.ABOUT_BLANK.uri(), "OK", 200, "Il servizio è disponibile", "/status", null))
                    .type(ProblemDetail.MEDIA_TYPE).build();
        }
        return Response.status(503)
                .entity(new ProblemDetail(ProblemType.UNAVAILABLE.uri(), "Servizio non disponibile", 503,
                        "Il database non risponde", "/status", null))
                .type(ProblemDetail.MEDIA_TYPE).header("Retry-After", "5").build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
