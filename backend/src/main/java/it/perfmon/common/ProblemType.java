package it.perfmon.common;

/** The kinds of problem this API reports, each the {@code type} URI of its problem details. */
public enum ProblemType {

    /** RFC 9457's type for a problem with no meaning beyond its HTTP status. */
    ABOUT_BLANK("about:blank"),
    VALIDATION("urn:perfmon:problem:validation"),
    UNKNOWN_FIELD("urn:perfmon:problem:unknown-field"),
    MALFORMED_JSON("urn:perfmon:problem:malformed-json"),
    NOT_FOUND("urn:perfmon:problem:not-found"),
    CONFLICT("urn:perfmon:problem:conflict"),
    STALE_VERSION("urn:perfmon:problem:stale-version"),
    PRECONDITION_REQUIRED("urn:perfmon:problem:precondition-required"),
    PRECONDITION_FAILED("urn:perfmon:problem:precondition-failed"),
    UNAUTHENTICATED("urn:perfmon:problem:unauthenticated"),
    INVALID_CREDENTIALS("urn:perfmon:problem:invalid-credentials"),
    FORBIDDEN("urn:perfmon:problem:forbidden"),
    TOO_MANY_ATTEMPTS("urn:perfmon:problem:too-many-attempts"),
    IDEMPOTENCY_KEY_REUSED("urn:perfmon:problem:idempotency-key-reused"),
    REQUEST_TIMEOUT("urn:perfmon:problem:request-timeout"),
    TOO_LARGE("urn:perfmon:problem:too-large"),
    UNSUPPORTED_MEDIA_TYPE("urn:perfmon:problem:unsupported-media-type"),
    /** An indicator is behind and its deviation's explanation or corrective actions are missing. */
    DEVIATION_UNEXPLAINED("urn:perfmon:problem:deviation-unexplained"),
    IMPORT_INVALID("urn:perfmon:problem:import-invalid"),
    UNAVAILABLE("urn:perfmon:problem:unavailable"),
    INTERNAL("urn:perfmon:problem:internal");

    private final String uri;

    ProblemType(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
