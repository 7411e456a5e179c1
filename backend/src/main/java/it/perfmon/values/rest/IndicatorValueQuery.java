package it.perfmon.values.rest;

import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.Texts;
import it.perfmon.values.service.IndicatorValueService.Filter;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the pull. They arrive as text and are parsed here because JAX-RS answers a query parameter it
 * cannot convert with a bare 404; a machine client needs a 400 that names the parameter.
 */
public class IndicatorValueQuery {

    static final int MAX_CODE = 16;
    static final int MAX_LINK = 200;

    @QueryParam("planId")
    @Parameter(description = "Only this plan", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    String planId;

    @QueryParam("year")
    @Parameter(description = "Only plans of this year", example = "2021",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    String year;

    @QueryParam("periodId")
    @Parameter(description = "Only this monitoring period; default every period",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    String periodId;

    @QueryParam("areaId")
    @Parameter(description = "Only this strategic area", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    String areaId;

    @QueryParam("objectiveId")
    @Parameter(description = "Only this objective", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    String objectiveId;

    @QueryParam("objectiveCode")
    @Parameter(description = "Only objectives with this code, e.g. 1.5 (in every plan selected)", example = "1.5",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CODE))
    String objectiveCode;

    @QueryParam("programmingLink")
    @Parameter(description = "Only objectives whose regional-programming link contains this text, e.g. DEFR",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_LINK))
    String programmingLink;

    @QueryParam("organisation")
    @Parameter(description = "Only this organisation's plans (its code); default the caller's organisation, every "
            + "readable one for people of the Region and their tokens, the default organisation for anonymous callers. "
            + "404 for an organisation the caller may not read", example = "ARTI",
            schema = @Schema(type = SchemaType.STRING, maxLength = 32))
    String organisation;

    @QueryParam("updatedSince")
    @Parameter(description = "Only rows whose updatedAt is strictly after this instant (ISO 8601, e.g. 2021-07-01T00:00:00Z), "
            + "for incremental sync: send the largest updatedAt received so far",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String updatedSince;

    /** Every parameter at fault is named at once, so a client fixes its request in one go. */
    Filter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        Filter filter = new Filter(
                id("planId", planId, errors),
                year(errors),
                id("periodId", periodId, errors),
                id("areaId", areaId, errors),
                id("objectiveId", objectiveId, errors),
                text("objectiveCode", objectiveCode, MAX_CODE, errors),
                text("programmingLink", programmingLink, MAX_LINK, errors),
                instant(errors),
                text("organisation", organisation, 32, errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return filter;
    }

    private static Long id(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, like a zero or negative id
        }
        errors.add(new FieldError(name, "deve essere un identificativo numerico positivo"));
        return null;
    }

    private Integer year(List<FieldError> errors) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(year.strip());
            if (parsed >= 2000 && parsed <= 2100) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like a year out of range
        }
        errors.add(new FieldError("year", "deve essere un anno tra 2000 e 2100"));
        return null;
    }

    private static String text(String name, String value, int max, List<FieldError> errors) {
        String text = Texts.blankToNull(value);
        if (text != null && text.length() > max) {
            errors.add(new FieldError(name, "al massimo " + max + " caratteri"));
            return null;
        }
        return text;
    }

    private Instant instant(List<FieldError> errors) {
        if (updatedSince == null || updatedSince.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(updatedSince.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("updatedSince", "deve essere un istante ISO 8601, ad esempio 2021-07-01T00:00:00Z "
                    + "(un fuso come +02:00 va scritto %2B02:00 nell'indirizzo)"));
            return null;
        }
    }
}
