package it.perfmon.plan.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanService;
import it.perfmon.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Plans", description = "Yearly performance plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService service;

    PlanResource(PlanService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Path("/plans")
    @Operation(operationId = "listPlans", summary = "List plans, newest year first",
            description = "Plans of an organisation (by default the caller's; for people of the Region every organisation; for anonymous callers the default one), newest year first, paginated with offset and limit. Drafts (plans not yet published) are listed to administrators of their organisation only.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanResponse> list(
            @QueryParam("year") @Parameter(description = "Only the plan of this year", schema = @Schema(type = SchemaType.INTEGER, format = "int32")) Integer year,
            @QueryParam("organisation") @Parameter(description = "Organisation code, e.g. ARTI; 404 if the caller may not read it") String organisation,
            @QueryParam("published") @Parameter(description = "true: only published plans; false: only drafts (administrators; others see published plans only)") Boolean published,
            @Valid @BeanParam PageRequest page) {
        return service.list(year, organisation, published, page).map(PlanResponse::of);
    }

    @PermitAll
    @GET
    @Path("/plans/{planId}")
    @Operation(operationId = "getPlan", summary = "Get a plan",
            description = "One plan. The ETag header names its version: send it back in If-Match to update, or in If-None-Match to get 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The plan; ETag names its version",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("planId") long planId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Plan plan = service.get(planId);
        return Versions.okWithEtag(PlanResponse.of(plan), plan.version, ifNoneMatch);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/plans")
    @Operation(operationId = "createPlan", summary = "Create a plan for a year",
            description = "Creates the plan of a year for the caller's organisation; one plan per year.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response create(@Valid @NotNull PlanRequest request, @Context UriInfo uri) {
        Plan plan = service.create(request.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/plans").path(String.valueOf(plan.id)).build())
                .tag(Versions.etag(plan.version)).entity(PlanResponse.of(plan)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @PUT
    @Path("/plans/{planId}")
    @Operation(operationId = "updatePlan", summary = "Update a plan (If-Match required)",
            description = "Changes the year or title. Requires If-Match with the ETag read; the year cannot change once the plan has monitoring periods.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response update(@PathParam("planId") long planId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PlanRequest request) {
        Plan plan = service.update(planId, request.toCommand(), ifMatch);
        return Response.ok(PlanResponse.of(plan)).tag(Versions.etag(plan.version)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/plans/{planId}/publish")
    @Operation(operationId = "publishPlan", summary = "Publish a draft plan (If-Match required)",
            description = "A new plan, created here or rolled over from the previous year, is a draft that only administrators see. Publishing makes it visible to everyone who may read plans, and the home page of the web app shows the latest published plan. Publishing a plan already published changes nothing.")
    @APIResponse(responseCode = "200", description = "The plan, published",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response publish(@PathParam("planId") long planId,
            @HeaderParam("If-Match") @Parameter(required = true, description = "The plan's ETag as read") String ifMatch) {
        Plan plan = service.publish(planId, ifMatch);
        return Response.ok(PlanResponse.of(plan)).tag(Versions.etag(plan.version)).build();
    }

    @RolesAllowed(Role.ADMIN)
    @DELETE
    @Path("/plans/{planId}")
    @Operation(operationId = "deletePlan", summary = "Delete a plan that has no objectives",
            description = "Deletes an empty plan with its periods and areas. Refused (409) while the plan has objectives, which carry its monitoring history, or a closed period, whose report is published.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("planId") long planId,
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(planId, ifMatch);
    }
}
