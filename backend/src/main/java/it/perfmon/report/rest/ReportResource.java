package it.perfmon.report.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.report.service.ReportService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import it.perfmon.common.Versions;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PermitAll
@Path("/api/v1/plans/{planId}/report")
@Tag(name = "Reports", description = "The Allegato A: a whole plan with its computed values at a monitoring period")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;
    private final ObjectMapper mapper;

    ReportResource(ReportService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getPlanReport", summary = "The plan at a monitoring period, as in the Allegato A",
            description = "Areas, objectives, indicators (baseline, targets, computed value, entered value, value used, "
                    + "assessment and suggested assessment with its reason) and phases. Percentages are in percent "
                    + "units and unrounded (188.935 means 188,935%). Without periodId, the latest period holding results.")
    @APIResponse(responseCode = "200", description = "The report; its ETag changes whenever any of its values does",
            content = @Content(schema = @Schema(implementation = PlanReportResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response report(@PathParam("planId") long planId,
            @QueryParam("periodId") @Parameter(description = "Monitoring period; default the latest holding results",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long periodId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        PlanReportResponse report = PlanReportResponse.of(service.report(planId, periodId));
        return Versions.okWithEtag(report, contentTag(report), ifNoneMatch);
    }

    /** The report is computed, so it has no version of its own: its tag is a digest of its content. */
    private EntityTag contentTag(PlanReportResponse report) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(report));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
