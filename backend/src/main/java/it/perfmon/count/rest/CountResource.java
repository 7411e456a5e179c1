package it.perfmon.count.rest;

import io.quarkus.security.Authenticated;
import it.perfmon.common.Idempotency;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.count.CountedValue;
import it.perfmon.count.service.CountService;
import it.perfmon.count.service.CountedValueService;
import it.perfmon.count.service.PostCount;
import it.perfmon.count.service.PostedCount;
import it.perfmon.security.CurrentActor;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Counts", description = "Figures posted by people and scripts for ratio indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountResource {

    private final CountService service;
    private final CountedValueService values;
    private final Idempotency idempotency;
    private final CurrentActor actor;
    private final Validator validator;

    CountResource(CountService service, CountedValueService values, Idempotency idempotency, CurrentActor actor,
            Validator validator) {
        this.service = service;
        this.values = values;
        this.idempotency = idempotency;
        this.actor = actor;
        this.validator = validator;
    }

    @GET
    @Path("/indicators/{indicatorId}/value")
    @PermitAll
    @Operation(operationId = "getIndicatorValue", summary = "A ratio indicator's value at a period, from its counts",
            description = "Sums the counts whose spans end by the period's date over all territorial units; with "
                    + "by=unit, also each unit's figures and value. For a closed period, the figures frozen when it "
                    + "was closed (frozenAt says when), as in its report.")
    @APIResponse(responseCode = "200", description = "The value",
            content = @Content(schema = @Schema(implementation = CountedValue.class)))
    public CountedValue value(
            @PathParam("indicatorId") long indicatorId,
            @QueryParam("periodId") @NotNull @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            Long periodId,
            @QueryParam("by") @Pattern(regexp = "unit", message = "unico valore ammesso: unit")
            @Parameter(description = "unit: break the value down by territorial unit",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"unit"})) String by) {
        return values.valueAt(indicatorId, periodId, "unit".equals(by));
    }

    @GET
    @Path("/indicators/{indicatorId}/counts")
    @PermitAll
    @Operation(operationId = "listCounts", summary = "List the figures counted for an indicator",
            description = "Every figure with its span, territorial unit and who posted it, by span.")
    @APIResponse(responseCode = "200", description = "A page of counts")
    public Page<CountResponse> list(
            @PathParam("indicatorId") long indicatorId,
            @Valid @BeanParam PageRequest page) {
        return service.list(indicatorId, page).map(CountResponse::of);
    }

    @PUT
    @Path("/indicators/{indicatorId}/counts")
    @Authenticated
    @Operation(operationId = "putCount", summary = "Post one figure for a ratio indicator",
            description = "The figure's natural key is (component, from, to, territorialUnit): posting the same key "
                    + "again updates it (UPDATED) or leaves it (UNCHANGED), never adds a second figure. Spans must lie "
                    + "in the plan's year and must not overlap another span of the same component in the same unit or "
                    + "against a total. Administrators, editors of the objective's structure and tokens with "
                    + "counts:write for this indicator may post.")
    @APIResponse(responseCode = "200", description = "Updated or unchanged",
            content = @Content(schema = @Schema(implementation = CountPosted.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CountPosted.class)))
    public Response put(
            @PathParam("indicatorId") long indicatorId,
            @Valid @NotNull CountRequest request) {
        PostedCount posted = service.post(indicatorId, new PostCount(indicatorId, request.component(), request.from(),
                request.to(), request.territorialUnit(), request.value()));
        return Response.status(posted.outcome() == PostedCount.Outcome.CREATED ? 201 : 200)
                .entity(CountPosted.of(posted)).build();
    }

    @POST
    @Path("/counts/batch")
    @Authenticated
    @Operation(operationId = "postCountBatch", summary = "Post up to 5.000 figures at once, all or nothing",
            description = "On any bad row nothing is written and the problem lists every bad row with its index, "
                    + "field and reason. With an Idempotency-Key a retry gets the stored answer (header "
                    + "Idempotent-Replayed: true) and is applied once; the same key with another body gets 422, "
                    + "a key whose first request is still running 409. Keys are kept at least 7 days.")
    @APIResponse(responseCode = "200", description = "Applied: how many figures were created, updated, unchanged "
            + "(a retry's stored answer carries the header Idempotent-Replayed: true)",
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with another body")
    public Response batch(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A key unique to this batch, reused on retries",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String key,
            @NotNull CountBatchRequest request) {
        if (!BatchRows.obeyConstraints(request)) {
            Set<ConstraintViolation<Object>> violations = validator.forExecutables().validateParameters(
                    new BatchRows.Constraints(), BatchRows.Constraints.METHOD, new Object[] {request});
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        return idempotency.once(actor.subject(), key, request, 200,
                () -> BatchResult.of(service.batch(request.rows().stream().map(CountBatchRequest.Row::command).toList())));
    }
}
