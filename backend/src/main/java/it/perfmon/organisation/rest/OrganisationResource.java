package it.perfmon.organisation.rest;

import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.common.ProblemException;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.organisation.TerritorialUnit;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data of an organisation that plans point to; read-only here (administration comes with accounts). */
@PermitAll
@Path("/api/v1/organisations/{organisationCode}")
@Tag(name = "Organisations", description = "Responsible structures and territorial units of an organisation")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationResource {

    @GET
    @Path("/structures")
    @Operation(operationId = "listStructures", summary = "List the responsible structures of an organisation",
            description = "Responsible structures (responsabile attuazione) of an organisation, to which objectives are assigned.")
    @APIResponse(responseCode = "200", description = "A page of structures")
    public Page<StructureResponse> structures(
            @PathParam("organisationCode") @Parameter(example = "ARTI", schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @Valid @BeanParam PageRequest page) {
        Organisation organisation = organisation(organisationCode);
        return Page.of(ResponsibleStructure.<ResponsibleStructure>find("organisation", Sort.ascending("code"), organisation)
                .list().stream().map(StructureResponse::of).toList(), page);
    }

    @GET
    @Path("/territorial-units")
    @Operation(operationId = "listTerritorialUnits", summary = "List the territorial units of an organisation",
            description = "Territorial units (settori territoriali) of an organisation, by which counts can be broken down.")
    @APIResponse(responseCode = "200", description = "A page of territorial units")
    public Page<TerritorialUnitResponse> units(
            @PathParam("organisationCode") @Parameter(example = "ARTI", schema = @Schema(type = SchemaType.STRING, maxLength = 32)) String organisationCode,
            @Valid @BeanParam PageRequest page) {
        Organisation organisation = organisation(organisationCode);
        return Page.of(TerritorialUnit.<TerritorialUnit>find("organisation", Sort.ascending("code"), organisation)
                .list().stream().map(TerritorialUnitResponse::of).toList(), page);
    }

    private static Organisation organisation(String code) {
        return Organisation.findByCode(code).orElseThrow(() -> ProblemException.notFound("L'organizzazione", code));
    }
}
