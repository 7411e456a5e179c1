package it.perfmon.common;

import java.util.List;

/** A failure the client can act on; turned into problem details by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final ProblemType type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, ProblemType type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemType.NOT_FOUND, "Risorsa non trovata",
                what + " " + id + " non esiste", null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, ProblemType.VALIDATION, "Dati non validi",
                "La richiesta contiene campi non validi", List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, ProblemType.VALIDATION, "Dati non validi",
                "La richiesta contiene campi non validi", errors);
    }

    /** 422: the indicator is behind and what must explain it is missing; the errors name the fields to fill. */
    public static ProblemException unexplainedDeviation(String detail, List<FieldError> errors) {
        return new ProblemException(422, ProblemType.DEVIATION_UNEXPLAINED, "Scostamento da motivare", detail, errors);
    }

    public static ProblemException conflict(String detail, String field) {
        return new ProblemException(409, ProblemType.CONFLICT, "Conflitto con lo stato attuale",
                detail, field == null ? null : List.of(new FieldError(field, detail)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemType.FORBIDDEN, "Operazione non consentita", detail, null);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, ProblemType.UNAUTHENTICATED, "Accesso richiesto", detail, null);
    }

    public static ProblemException preconditionFailed(long current, String ifMatch) {
        return new ProblemException(412, ProblemType.PRECONDITION_FAILED, "Precondizione non soddisfatta",
                "If-Match " + ifMatch + " non corrisponde alla versione attuale \"" + current + "\"", null);
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Extra response headers a problem needs, such as Retry-After. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }
}
