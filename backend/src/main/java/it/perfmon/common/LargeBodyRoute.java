package it.perfmon.common;

/**
 * A route that accepts bodies larger than {@code perfmon.http.max-body}, such as a file upload. A feature declares
 * one as a bean; {@link BodySizeFilter} then holds that route's requests to its own limit.
 */
public interface LargeBodyRoute {

    /** Whether requests to this path (e.g. one under {@code /api/v1/imports/}) get the larger limit. */
    boolean matches(String path);

    long maxBytes();
}
