package it.perfmon.report.rest;

import it.perfmon.common.Versions;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.rest.PeriodResponse;
import it.perfmon.report.service.PeriodClosing;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed(Role.ADMIN)
@Path("/api/v1")
@Tag(name = "Monitoring periods")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodClosingResource {

    private final PeriodClosing closing;

    PeriodClosingResource(PeriodClosing closing) {
        this.closing = closing;
    }

    @POST
    @Path("/periods/{periodId}/close")
    @Operation(operationId = "closePeriod", summary = "Close a monitoring period, freezing its report",
            description = "Freezes the period's Allegato A (values, notes, assessments, and each territorial unit's "
                    + "counted figures) as it stands: later changes to counts or phases no longer alter it, every read "
                    + "of the period shows the frozen values, and the period, its results and assessments can no "
                    + "longer be edited or deleted (409) until it is reopened. A result being saved while the period "
                    + "closes is either in the frozen report or refused. If-Match optional. When the period's collection "
                    + "has parts not ACCEPTED, the close is refused (409 naming their structures) unless the reason "
                    + "parameter says why.")
    @APIResponse(responseCode = "200", description = "Closed; ETag names the period's new version",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class)))
    @APIResponse(responseCode = "409", description = "Already closed, or parts of its collection not accepted and no reason")
    public Response close(@PathParam("periodId") long periodId,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") @Size(max = 1000) @Parameter(description = "Why the period closes although parts of "
                    + "its collection are not accepted; required then, and kept in the audit trail",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000)) String reason) {
        return view(closing.close(periodId, reason, ifMatch));
    }

    @POST
    @Path("/periods/{periodId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenPeriod", summary = "Reopen a closed monitoring period, stating why",
            description = "Makes the period live and editable again. The reason is required and kept in the audit trail.")
    @APIResponse(responseCode = "200", description = "Reopened; ETag names the period's new version",
            content = @Content(schema = @Schema(implementation = PeriodResponse.class)))
    @APIResponse(responseCode = "409", description = "Not closed")
    public Response reopen(@PathParam("periodId") long periodId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReopenRequest request) {
        return view(closing.reopen(periodId, request.reason(), ifMatch));
    }

    private static Response view(MonitoringPeriod period) {
        return Response.ok(PeriodResponse.of(period)).tag(Versions.etag(period.version)).build();
    }
}
