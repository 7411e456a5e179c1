package it.perfmon.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Optimistic concurrency over HTTP: every read of a single resource carries an ETag naming its version, and
 * every update must send it back in If-Match, so an update can never overwrite a change its author has not seen.
 */
public final class Versions {

    private Versions() {
    }

    /** 428 without If-Match, 412 when it names another version. */
    public static void require(long current, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, ProblemType.PRECONDITION_REQUIRED, "Versione richiesta",
                    "Le modifiche richiedono l'intestazione If-Match con l'ETag letto (ad esempio If-Match: \"" + current
                            + "\")", List.of(new FieldError("If-Match", "obbligatorio")));
        }
        checkIfPresent(current, ifMatch);
    }

    /** For deletes, where If-Match is optional but honoured. */
    public static void checkIfPresent(long current, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = etag(current).toString();
        boolean matches = List.of(ifMatch.split(",")).stream().map(String::trim).anyMatch(expected::equals);
        if (!matches) {
            throw ProblemException.preconditionFailed(current, ifMatch.trim());
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with an ETag, or 304 when the client's If-None-Match already names this version. */
    public static Response okWithEtag(Object body, long version, String ifNoneMatch) {
        return okWithEtag(body, etag(version), ifNoneMatch);
    }

    public static Response okWithEtag(Object body, EntityTag tag, String ifNoneMatch) {
        if (notModified(tag, ifNoneMatch)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }

    /** True when If-None-Match names the tag (weakly compared, as RFC 9110 asks for GET) or is "*". */
    public static boolean notModified(EntityTag tag, String ifNoneMatch) {
        return ifNoneMatch != null && (ifNoneMatch.trim().equals("*")
                || List.of(ifNoneMatch.split(",")).stream().map(String::trim)
                        .anyMatch(t -> t.equals(tag.toString()) || t.equals("W/" + tag)));
    }
}
