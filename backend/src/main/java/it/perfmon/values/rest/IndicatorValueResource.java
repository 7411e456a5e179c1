package it.perfmon.values.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.perfmon.answers.Answer;
import it.perfmon.answers.AnswerKey;
import it.perfmon.answers.AnswerScope;
import it.perfmon.answers.CachedAnswers;
import it.perfmon.common.Page;
import it.perfmon.common.PageRequest;
import it.perfmon.values.model.IndicatorValue;
import it.perfmon.values.service.IndicatorValueService;
import it.perfmon.values.service.IndicatorValueService.Filter;
import java.util.Map;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicator-values")
@Tag(name = "Indicator values", description = "Indicator values for other systems: flat rows as JSON or CSV, incremental with updatedSince")
public class IndicatorValueResource {

    private static final MediaType CSV = MediaType.valueOf(IndicatorValuesCsv.MEDIA_TYPE);
    private static final Map<String, String> VARY_ACCEPT = Map.of(HttpHeaders.VARY, HttpHeaders.ACCEPT);

    private final IndicatorValueService service;
    private final ObjectMapper mapper;
    private final CachedAnswers answers;

    IndicatorValueResource(IndicatorValueService service, ObjectMapper mapper, CachedAnswers answers) {
        this.service = service;
        this.mapper = mapper;
        this.answers = answers;
    }

    @PermitAll
    @GET
    @Produces({MediaType.APPLICATION_JSON, IndicatorValuesCsv.MEDIA_TYPE})
    @Operation(operationId = "listIndicatorValues", summary = "Pull indicator values as flat rows, in JSON or CSV",
            description = "One row per indicator and monitoring period: plan, period, area, objective, indicator, baseline, "
                    + "targets, computed value, entered value (override), value used, assessment step, note, data source, "
                    + "deviation explanation and corrective actions, and updatedAt, the latest change to anything the "
                    + "values come from. Every filter is optional "
                    + "(without any, every period of every plan); rows are ordered by plan year, period date, objective "
                    + "code (1.2 before 1.10) and indicator position. For an incremental sync, pass the largest updatedAt "
                    + "received as updatedSince: the rows whose value changed come again, deletions of results and phases "
                    + "included, and the rows deleted (indicators, objectives, periods) are listed by "
                    + "/indicator-values/removals. Percentages are in percent units and unrounded (188.935 means 188,935%). "
                    + "Accept: text/csv gives the same rows as RFC 4180 CSV in UTF-8 with a header row of the JSON field "
                    + "names and dot decimals. The ETag is a digest of the body in the media type served.")
    @APIResponse(responseCode = "200", description = "A page of rows; the ETag changes whenever the body does. "
            + CachedAnswers.CACHE_STATUS_DESCRIPTION,
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorValuePage.class)),
                @Content(mediaType = IndicatorValuesCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description =
                        "RFC 4180 CSV in UTF-8: a header row with the fields of IndicatorValue, then one row per item of the page"))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response list(@BeanParam IndicatorValueQuery query, @Valid @BeanParam PageRequest page,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Context HttpHeaders headers) {
        Filter filter = query.toFilter();
        boolean csv = csvWanted(headers);
        AnswerScope scope = filter.planId() == null ? AnswerScope.allPlans() : AnswerScope.plan(filter.planId());
        String request = AnswerKey.of("indicator-values", csv ? "csv" : "json", filter.planId(), filter.year(),
                filter.periodId(), filter.areaId(), filter.objectiveId(), filter.objectiveCode(), filter.programmingLink(),
                filter.updatedSince(), filter.organisation(), page.offset(), page.limit());
        CachedAnswers.Served served = answers.answer(request, scope, () -> {
            Page<IndicatorValue> values = service.list(filter, page);
            return csv
                    ? Answer.of(IndicatorValuesCsv.write(values.items()), CSV.withCharset("UTF-8").toString(), VARY_ACCEPT)
                    : Answer.of(json(IndicatorValuePage.of(values)), MediaType.APPLICATION_JSON, VARY_ACCEPT);
        });
        return CachedAnswers.response(served, ifNoneMatch);
    }

    @PermitAll
    @GET
    @Path("/removals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listIndicatorValueRemovals", summary = "Rows of the pull that deletions took away",
            description = "The other half of an incremental sync: /indicator-values with updatedSince returns every "
                    + "row whose value changed, deletions of results and phases included (the rows they fed come "
                    + "again with a later updatedAt), but a row that no longer exists cannot come again. This lists "
                    + "them, oldest first: a deleted indicator (indicatorId: its rows at every period; deleting an "
                    + "objective deletes its indicators) or a deleted period (periodId: every indicator's row at it). "
                    + "Pass the same updatedSince as to /indicator-values, and the largest removedAt received next "
                    + "time. Filters planId, year, periodId and objectiveId apply; areaId, objectiveCode and "
                    + "programmingLink do not (400). A row leaving a filter because its objective was edited (e.g. moved "
                    + "to another area) is not a removal: an unfiltered sync sees it change.")
    @APIResponse(responseCode = "200", description = "A page of removals, oldest first")
    public Page<IndicatorValueRemovalResponse> removals(@BeanParam IndicatorValueQuery query,
            @Valid @BeanParam PageRequest page) {
        return Page.of(service.removals(query.toFilter()).stream().map(IndicatorValueRemovalResponse::of).toList(),
                page);
    }

    /** The first acceptable type, in the client's order of preference, that is served; JSON for any type. */
    private static boolean csvWanted(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }

    private byte[] json(IndicatorValuePage page) {
        try {
            return mapper.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
