package it.perfmon.mail.rest;

import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.mail.MailState;
import it.perfmon.mail.service.SentMail;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the outbox's list, read as text so that a bad one gets a 400 naming it (JAX-RS would answer a
 * parameter it cannot convert with a bare 404).
 */
public class MailMessageQuery {

    @QueryParam("state")
    @Parameter(description = "Only messages in this state", schema = @Schema(implementation = MailState.class))
    String state;

    @QueryParam("since")
    @Parameter(description = "Only messages queued at or after this instant (ISO 8601, e.g. 2021-06-23T00:00:00Z)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String since;

    @QueryParam("aboutKind")
    @Parameter(description = "Only messages about this kind of thing: collection (the reminders of a collection)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 32, example = "collection"))
    String aboutKind;

    @QueryParam("aboutId")
    @Parameter(description = "Only messages about the thing with this id, e.g. a collection's id (with aboutKind)",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    String aboutId;

    @QueryParam("userId")
    @Parameter(description = "Only messages written for this user",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    String userId;

    /** Every filter at fault is named at once. */
    SentMail.Filter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        SentMail.Filter filter = new SentMail.Filter(state(errors), since(errors), aboutKind(errors),
                id("aboutId", aboutId, errors), id("userId", userId, errors));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return filter;
    }

    private MailState state(List<FieldError> errors) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return MailState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("state", "valori ammessi: " + Arrays.toString(MailState.values())));
            return null;
        }
    }

    private String aboutKind(List<FieldError> errors) {
        if (aboutKind == null || aboutKind.isBlank()) {
            return null;
        }
        if (aboutKind.strip().length() > 32) {
            errors.add(new FieldError("aboutKind", "al massimo 32 caratteri"));
            return null;
        }
        return aboutKind.strip();
    }

    private static Long id(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, as any other value that is not a positive whole number
        }
        errors.add(new FieldError(name, "deve essere un numero intero positivo"));
        return null;
    }

    private Instant since(List<FieldError> errors) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("since", "deve essere un istante ISO 8601, ad esempio 2021-06-23T00:00:00Z"));
            return null;
        }
    }
}
