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

    /** Every filter at fault is named at once. */
    SentMail.Filter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        SentMail.Filter filter = new SentMail.Filter(state(errors), since(errors));
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
