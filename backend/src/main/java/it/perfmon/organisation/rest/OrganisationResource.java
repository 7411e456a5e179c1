package it.perfmon.organisation.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.Versions;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.organisation.service.OrganisationService;
import it.perfmon.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisations of the deployment and their reference data (responsible structures, territorial units). An
 * organisation the caller may not read is answered as unknown (404; 401 for anonymous callers).
 */
@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Organisations of the deployment, their responsible structures and territorial units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService service;

    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @PermitAll
    @GET
    @Operation(operationId = "listOrganisations", summary = "List the organisations the caller may read",
            description = "Anonymous callers: the organisations that read publicly; people of an organisation: their "
                    + "own and those that read publicly; people of the Region: all.")
    @APIResponse(responseCode = "200", description = "A page of organisations, by code")
    public Page<OrganisationResponse> list(@Valid @BeanParam PageRequest page) {
        return Page.of(service.list().stream().map(this::response).toList(), page);
    }

    @RolesAllowed(Role.REGIONAL_ROLE)
    @POST
    @Operation(operationId = "createOrganisation", summary = "Create an organisation with its first administrator",
            description = "People of the Region only. The code is unique in the deployment, as the administrator's "
                    + "username is (people sign in by username alone). The administrator then fills the organisation: "
                    + "structures, territorial units, users, plans.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "409", description = "The code or the administrator's username is taken")
    public Response create(@Valid @NotNull OrganisationRequest request, @Context UriInfo uri) {
        Organisation organisation = service.create(request.command());
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.code).build())
                .tag(Versions.etag(organisation.version)).entity(response(organisation)).build();
    }

    @PermitAll
    @GET
    @Path("/{organisationCode}")
    @Operation(operationId = "getOrganisation", summary = "Get an organisation",
            description = "One organisation the caller may read. ETag names its version.")
    @APIResponse(responseCode = "200", description = "The organisation; ETag names its version",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("organisationCode") @Parameter(example = "ARTI",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Organisation organisation = service.get(organisationCode);
        return Versions.okWithEtag(response(organisation), organisation.version, ifNoneMatch);
    }

    @RolesAllowed(Role.ADMIN)
    @PUT
    @Path("/{organisationCode}")
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation (If-Match required)",
            description = "Its administrators change its name and whether it reads publicly (null: the deployment's "
                    + "default). Requires If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    public Response update(@PathParam("organisationCode") @Parameter(example = "ARTI",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OrganisationUpdateRequest request) {
        Organisation organisation = service.update(organisationCode, request.name(), request.publicRead(), ifMatch);
        return Response.ok(response(organisation)).tag(Versions.etag(organisation.version)).build();
    }

    @PermitAll
    @GET
    @Path("/{organisationCode}/structures")
    @Operation(operationId = "listStructures", summary = "List the responsible structures of an organisation",
            description = "Responsible structures (responsabile attuazione) of an organisation, to which objectives are assigned.")
    @APIResponse(responseCode = "200", description = "A page of structures")
    public Page<StructureResponse> structures(
            @PathParam("organisationCode") @Parameter(example = "ARTI", schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @Valid @BeanParam PageRequest page) {
        return Page.of(service.structures(organisationCode).stream().map(StructureResponse::of).toList(), page);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/{organisationCode}/structures")
    @Operation(operationId = "createStructure", summary = "Add a responsible structure to an organisation",
            description = "Administrators of the organisation. The code is unique in the organisation.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = StructureResponse.class)))
    @APIResponse(responseCode = "409", description = "The organisation has a structure with that code")
    public Response createStructure(
            @PathParam("organisationCode") @Parameter(example = "ARTI", schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @Valid @NotNull ReferenceRequest request, @Context UriInfo uri) {
        ResponsibleStructure structure = service.addStructure(organisationCode, request.code(), request.name());
        return Response.created(uri.getAbsolutePathBuilder().build())
                .tag(Versions.etag(structure.version)).entity(StructureResponse.of(structure)).build();
    }

    @PermitAll
    @GET
    @Path("/{organisationCode}/territorial-units")
    @Operation(operationId = "listTerritorialUnits", summary = "List the territorial units of an organisation",
            description = "Territorial units (settori territoriali) of an organisation, by which counts can be broken down.")
    @APIResponse(responseCode = "200", description = "A page of territorial units")
    public Page<TerritorialUnitResponse> units(
            @PathParam("organisationCode") @Parameter(example = "ARTI", schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @Valid @BeanParam PageRequest page) {
        return Page.of(service.units(organisationCode).stream().map(TerritorialUnitResponse::of).toList(), page);
    }

    @RolesAllowed(Role.ADMIN)
    @POST
    @Path("/{organisationCode}/territorial-units")
    @Operation(operationId = "createTerritorialUnit", summary = "Add a territorial unit to an organisation",
            description = "Administrators of the organisation. The code is unique in the organisation.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TerritorialUnitResponse.class)))
    @APIResponse(responseCode = "409", description = "The organisation has a territorial unit with that code")
    public Response createUnit(
            @PathParam("organisationCode") @Parameter(example = "ARTI", schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @Valid @NotNull ReferenceRequest request, @Context UriInfo uri) {
        TerritorialUnit unit = service.addUnit(organisationCode, request.code(), request.name());
        return Response.created(uri.getAbsolutePathBuilder().build())
                .tag(Versions.etag(unit.version)).entity(TerritorialUnitResponse.of(unit)).build();
    }

    private OrganisationResponse response(Organisation organisation) {
        return OrganisationResponse.of(organisation, service.deploymentPublicRead(), service.defaultOrganisation());
    }
}
