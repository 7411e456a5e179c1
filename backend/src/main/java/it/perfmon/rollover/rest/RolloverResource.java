package it.perfmon.rollover.rest;

import it.perfmon.rollover.service.Rollover;
import it.perfmon.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed(Role.ADMIN)
@Path("/api/v1/plans/{planId}/next-year")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolloverResource {

    private final Rollover rollover;

    RolloverResource(Rollover rollover) {
        this.rollover = rollover;
    }

    @POST
    @Operation(operationId = "createNextYearPlan", summary = "Create next year's plan from this one",
            description = "Copies areas, objectives, indicators and timelines into a plan for the following year, with "
                    + "its two monitoring periods. Targets come from the 'target following years' column; rules such as "
                    + "'>= dato finale anno precedente' are resolved against this year's final values and kept beside "
                    + "the number; baselines are this year's final values marked 'dato <year>'. Phases keep their "
                    + "weights and move one year later, without progress. The new plan is a draft until published. "
                    + "Final values are taken only from a closed final period: while it is open (or missing) the "
                    + "roll-over is refused with 409 unless provisionalReason says why it cannot wait, and then every "
                    + "baseline and rule target so derived is marked provisional ('dato provvisorio <year>'). "
                    + "409 also when next year's plan exists.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new plan",
            content = @Content(schema = @Schema(implementation = RolloverResponse.class)))
    @APIResponse(responseCode = "409", description = "Next year's plan already exists, or the final period is not closed and no provisionalReason was given")
    public Response nextYear(@PathParam("planId") long planId,
            @Valid RolloverRequest request, @Context UriInfo uri) {
        RolloverResponse created = RolloverResponse.of(rollover.nextYear(planId,
                request == null ? null : request.title(), request == null ? null : request.provisionalReason()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/plans").path(String.valueOf(created.plan().id())).build())
                .entity(created).build();
    }
}
