package it.perfmon.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;

/** Turns every failure into RFC 9457 problem details; no stack trace ever reaches a client. */
public class ProblemMappers {

    /** MariaDB's ER_ROW_IS_REFERENCED_2: a delete or update of a row that another row still refers to. */
    private static final int MARIADB_ROW_IS_REFERENCED = 1451;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Unique constraints of the schema, and the request field a duplicate is about. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "uk_plan_year", "year",
            "uk_period_date", "referenceDate",
            "uk_area_number", "number",
            "uk_objective_code", "code",
            "uk_indicator_position", "position",
            "uk_phase_number", "number",
            "uk_result_indicator_period", "periodId");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
        if (e.headers().isEmpty()) {
            return response;
        }
        Response.ResponseBuilder builder = Response.fromResponse(response);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(400, ProblemType.VALIDATION, "Dati non validi",
                "La richiesta contiene campi non validi", uri, errors);
    }

    // Named explicitly because Quarkus maps MismatchedInputException (unknown field, wrong type) with a mapper of
    // its own, which answers an empty 400 that names no field.
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown.getPath());
            return respond(400, ProblemType.UNKNOWN_FIELD, "Campo sconosciuto",
                    "Il campo '" + field + "' non è previsto", uri, List.of(new FieldError(field, "campo non previsto")));
        }
        // A body cut short inside a field is a parse error wrapped with that field's path, not a bad value.
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(mapping.getCause() instanceof StreamReadException)) {
            String field = JsonPaths.of(mapping.getPath());
            String expected = mapping instanceof InvalidFormatException invalid
                    ? "valore non valido per il tipo " + invalid.getTargetType().getSimpleName()
                    : "valore di tipo non valido";
            return respond(400, ProblemType.VALIDATION, "Dati non validi",
                    "Il campo '" + field + "' non è valido", uri, List.of(new FieldError(field, expected)));
        }
        return respond(400, ProblemType.MALFORMED_JSON, "JSON non valido",
                "Il corpo della richiesta non è JSON valido", uri, null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(409, ProblemType.STALE_VERSION, "Modificato da qualcun altro",
                "La risorsa è stata modificata contemporaneamente da un altro utente. Ricaricare e riapplicare le modifiche.",
                uri, null);
    }

    @ServerExceptionMapper
    public Response integrityViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
            return stillReferenced(e, uri);
        }
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase();
        String field = UNIQUE_FIELDS.entrySet().stream()
                .filter(entry -> constraint.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (field == null) {
            LOG.warnf("Integrity violation without a known field: %s", e.getMessage());
        }
        return respond(409, ProblemType.CONFLICT, "Conflitto con lo stato attuale",
                "Esiste già un elemento con questi dati", uri,
                field == null ? null : List.of(new FieldError(field, "valore già usato")));
    }

    /**
     * A row that other rows still refer to (an objective the OIV has reviewed, say) cannot go, and a row cannot refer
     * to one that is gone: not a duplicate, and the client is told so. The services check the usual cases in words
     * first; this is for the references they do not know of.
     */
    private Response stillReferenced(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("Integrity violation of a reference: %s", e.getConstraintName());
        boolean parentRow = e.getErrorCode() == MARIADB_ROW_IS_REFERENCED;
        return respond(409, ProblemType.CONFLICT, "Conflitto con lo stato attuale", parentRow
                ? "Non si può eliminare: altri dati vi fanno ancora riferimento (ad esempio verifiche dell'OIV, "
                        + "elementi probativi o valori registrati). Rimuovere prima quelli."
                : "L'elemento a cui si fa riferimento non esiste più: ricaricare e riprovare.", uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // Quarkus reports JSON it cannot parse as a plain 400 whose cause is the parser's error.
        if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Errore" : known.getReasonPhrase();
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        return respond(status, ProblemType.ABOUT_BLANK, title, status >= 500 ? "Errore interno" : frameworkDetail(status, title),
                uri, null);
    }

    /** The framework's own messages name its internals ("… the value in @Consumes"); clients get these instead. */
    private static String frameworkDetail(int status, String title) {
        return switch (status) {
            case 404 -> "Il percorso richiesto non esiste";
            case 405 -> "Metodo HTTP non ammesso su questo percorso";
            case 406 -> "Il tipo di risposta richiesto non è disponibile: usare application/json";
            case 415 -> "Il corpo della richiesta deve essere application/json";
            default -> title;
        };
    }

    /**
     * The body could not be read because the client stopped sending it or went away (BodyReadTimeout may already
     * have answered 408 and closed the connection): the client's fault, logged without a stack trace or incident.
     */
    @ServerExceptionMapper
    public Response unreceivedBody(IOException e, UriInfo uri) {
        if (!clientGone(e)) {
            return unexpected(e, uri);
        }
        LOG.infof("Request body not received from the client (%s): %s", uri == null ? "?" : uri.getRequestUri().getRawPath(),
                e.getMessage());
        return respond(408, ProblemType.REQUEST_TIMEOUT, "Richiesta incompleta",
                "Il corpo della richiesta non è arrivato per intero", uri, null);
    }

    private static boolean clientGone(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException
                    || t instanceof IOException && "Read timed out".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(503, ProblemType.UNAVAILABLE, "Servizio momentaneamente non disponibile",
                    "Il database non risponde; riprovare tra qualche secondo", uri, null))
                    .header("Retry-After", "5").build();
        }
        if (WriteConflict.isCause(e)) {
            LOG.infof("Write conflict, transaction rolled back: %s", e.getMessage());
            return Response.fromResponse(respond(503, ProblemType.UNAVAILABLE, "Modifica concorrente",
                    "Un'altra modifica degli stessi dati è stata registrata nello stesso momento e questa non è stata "
                            + "applicata; inviare di nuovo la stessa richiesta", uri, null))
                    .header("Retry-After", "1").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(500, ProblemType.INTERNAL, "Errore interno",
                "Errore inatteso (riferimento " + incident + ")", uri, null);
    }

    private static Response respond(int status, ProblemType type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        ProblemDetail body = new ProblemDetail(type.uri(), title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "update.arg1.weight": drop the method and parameter, keep the body's own path.
        // An element of a list shows as "scopes[0].<list element>": the client sent "scopes[0]".
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
