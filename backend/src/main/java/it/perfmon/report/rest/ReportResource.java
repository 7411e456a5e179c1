package it.perfmon.report.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.answers.Answer;
import it.perfmon.answers.AnswerKey;
import it.perfmon.answers.AnswerScope;
import it.perfmon.answers.CachedAnswers;
import it.perfmon.report.service.ReportService;
import java.util.Map;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
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
    private final CachedAnswers answers;

    ReportResource(ReportService service, ObjectMapper mapper, CachedAnswers answers) {
        this.service = service;
        this.mapper = mapper;
        this.answers = answers;
    }

    @GET
    @Operation(operationId = "getPlanReport", summary = "The plan at a monitoring period, as in the Allegato A",
            description = "Areas, objectives, indicators (baseline, targets, computed value, entered value, value used, "
                    + "assessment and suggested assessment with its reason) and phases. Percentages are in percent "
                    + "units and unrounded (188.935 means 188,935%). Without periodId, the latest period holding results.")
    @APIResponse(responseCode = "200", description = "The report; its ETag changes whenever any of its values does. "
            + CachedAnswers.CACHE_STATUS_DESCRIPTION,
            content = @Content(schema = @Schema(implementation = PlanReportResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response report(@PathParam("planId") long planId,
            @QueryParam("periodId") @Parameter(description = "Monitoring period; default the latest holding results",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) Long periodId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        CachedAnswers.Served served = answers.answer(AnswerKey.of("report", planId, periodId), AnswerScope.plan(planId),
                () -> Answer.of(json(PlanReportResponse.of(service.report(planId, periodId))),
                        MediaType.APPLICATION_JSON, Map.of()));
        return CachedAnswers.response(served, ifNoneMatch);
    }

    private byte[] json(PlanReportResponse report) {
        try {
            return mapper.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
