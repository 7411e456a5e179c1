package it.perfmon.collection.rest;

import it.perfmon.collection.service.CollectionService;
import it.perfmon.collection.service.CollectionService.PartView;
import it.perfmon.common.Versions;
import it.perfmon.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/periods/{periodId}/collection")
@Tag(name = "Collections", description = "The monitoring cycle: what each responsible structure is asked for in a "
        + "period, and its part's submission, return and acceptance")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {

    private final CollectionService service;

    CollectionResource(CollectionService service) {
        this.service = service;
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openCollection", summary = "Open the collection of a period's figures",
            description = "Opens the period's collection with a deadline (a date of the agency's calendar, "
                    + "Europe/Rome, not before today), an optional message and, optionally, when its reminders go out "
                    + "(leadDays before the deadline, then every everyDays after it; the service's defaults otherwise), "
                    + "and gives each structure responsible for objectives of the plan a part in state OPEN. 409 when "
                    + "the period is closed or already has one.")
    @APIResponse(responseCode = "201", description = "Opened; Location is the collection",
            content = @Content(schema = @Schema(implementation = CollectionResponse.class)))
    @APIResponse(responseCode = "409", description = "The period is closed or already has a collection")
    public Response open(@PathParam("periodId") long periodId, @Valid @NotNull OpenCollectionRequest request,
            @Context UriInfo uri) {
        CollectionResponse body = CollectionResponse.of(service.open(periodId, request.toCommand()));
        return Response.created(uri.getRequestUri()).entity(body).tag(Versions.etag(body.version())).build();
    }

    @PermitAll
    @GET
    @Operation(operationId = "getCollection", summary = "Get a period's collection with each structure's part",
            description = "The deadline, the message and, for each structure, its part's state, who submitted and "
                    + "decided it and when, and what is still outstanding.")
    @APIResponse(responseCode = "200", description = "The collection",
            content = @Content(schema = @Schema(implementation = CollectionResponse.class)))
    public CollectionResponse get(@PathParam("periodId") long periodId) {
        return CollectionResponse.of(service.get(periodId));
    }

    @PermitAll
    @GET
    @Path("/structures/{structureId}")
    @Operation(operationId = "getCollectionPart", summary = "Get a structure's part of a collection",
            description = "The part's state and the list of what is asked of the structure: each indicator of its "
                    + "objectives without a value used or an assessment for the period, each phase planned to end by "
                    + "the period's date without an actual end, each late phase (planned end passed at the agency's "
                    + "today, no actual end).")
    @APIResponse(responseCode = "200", description = "The part; ETag names its version",
            content = @Content(schema = @Schema(implementation = CollectionPartResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response part(@PathParam("periodId") long periodId, @PathParam("structureId") long structureId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        PartView view = service.part(periodId, structureId);
        return Versions.okWithEtag(CollectionPartResponse.of(view), view.part().version, ifNoneMatch);
    }

    @RolesAllowed({Role.ADMIN, Role.EDITOR_ROLE})
    @POST
    @Path("/structures/{structureId}/submit")
    @Operation(operationId = "submitCollectionPart", summary = "Submit a structure's part",
            description = "By an editor of the structure or an administrator, from OPEN or RETURNED. Every indicator of "
                    + "the structure's objectives that is behind at the period (assessed 4 or 5, or its value below its "
                    + "pro-rata share, also when computed from counts) must have its deviationExplanation and "
                    + "correctiveActions, else 422 with one error per missing field, each naming the indicator "
                    + "(\"1.2 indicatore 1\"). From then editors cannot change the structure's results for the period "
                    + "until it is returned. If-Match optional.")
    @APIResponse(responseCode = "422", description = "Indicators behind lack the deviation's explanation or the "
            + "corrective actions: one error per missing field (deviationExplanation, correctiveActions)")
    @APIResponse(responseCode = "200", description = "Submitted; ETag names the part's new version",
            content = @Content(schema = @Schema(implementation = CollectionPartResponse.class)))
    @APIResponse(responseCode = "409", description = "Not OPEN or RETURNED (errors name state), or the period is closed")
    public Response submit(@PathParam("periodId") long periodId, @PathParam("structureId") long structureId,
            @HeaderParam("If-Match") String ifMatch) {
        return view(service.submit(periodId, structureId, ifMatch));
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/structures/{structureId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnCollectionPart", summary = "Return a structure's part, stating why",
            description = "From SUBMITTED or ACCEPTED back to the structure, whose editors may change its results "
                    + "again. The reason is required and kept with the part and in the audit trail. If-Match optional.")
    @APIResponse(responseCode = "200", description = "Returned; ETag names the part's new version",
            content = @Content(schema = @Schema(implementation = CollectionPartResponse.class)))
    @APIResponse(responseCode = "409", description = "Not SUBMITTED or ACCEPTED (errors name state), or the period is closed")
    public Response giveBack(@PathParam("periodId") long periodId, @PathParam("structureId") long structureId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReturnPartRequest request) {
        return view(service.giveBack(periodId, structureId, request.reason(), ifMatch));
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/structures/{structureId}/accept")
    @Operation(operationId = "acceptCollectionPart", summary = "Accept a structure's submitted part",
            description = "From SUBMITTED to ACCEPTED; editors still cannot change the structure's results for the "
                    + "period. If-Match optional.")
    @APIResponse(responseCode = "200", description = "Accepted; ETag names the part's new version",
            content = @Content(schema = @Schema(implementation = CollectionPartResponse.class)))
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (errors name state), or the period is closed")
    public Response accept(@PathParam("periodId") long periodId, @PathParam("structureId") long structureId,
            @HeaderParam("If-Match") String ifMatch) {
        return view(service.accept(periodId, structureId, ifMatch));
    }

    private static Response view(PartView view) {
        return Response.ok(CollectionPartResponse.of(view)).tag(Versions.etag(view.part().version)).build();
    }
}
