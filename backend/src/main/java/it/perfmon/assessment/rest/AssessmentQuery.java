package it.perfmon.assessment.rest;

import it.perfmon.assessment.AssessmentState;
import it.perfmon.assessment.service.AssessmentService;
import it.perfmon.common.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a period's assessments; each one given narrows the list. */
public class AssessmentQuery {

    @QueryParam("structureId")
    @Parameter(description = "Only indicators of objectives of this responsible structure",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    Long structureId;

    @QueryParam("objectiveId")
    @Parameter(description = "Only this objective's indicators", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    Long objectiveId;

    @QueryParam("step")
    @Min(1)
    @Max(5)
    @Parameter(description = "Only indicators assessed with this step",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "5"))
    Integer step;

    @QueryParam("state")
    @Parameter(description = "Only assessments in this state", schema = @Schema(implementation = AssessmentState.class))
    String state;

    AssessmentService.Filter toFilter() {
        return new AssessmentService.Filter(structureId, objectiveId, step, state());
    }

    private AssessmentState state() {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return AssessmentState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "valori ammessi: " + Arrays.toString(AssessmentState.values()));
        }
    }
}
