package it.perfmon.count.rest;

import it.perfmon.count.service.PostedCount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What posting one figure did: a retry of the same figure is "unchanged", never a second figure. */
@Schema(name = "CountPosted")
public record CountPosted(
        @Schema(enumeration = {"CREATED", "UPDATED", "UNCHANGED"}) String outcome,
        CountResponse count) {

    public static CountPosted of(PostedCount posted) {
        return new CountPosted(posted.outcome().name(), CountResponse.of(posted.count()));
    }
}
