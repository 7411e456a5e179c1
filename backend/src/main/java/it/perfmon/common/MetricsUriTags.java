package it.perfmon.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Keeps ids out of the uri tag of the HTTP metrics. Requests that reach a resource are tagged with its route template
 * (/api/v1/plans/{planId}); those answered before one is chosen (a refused Accept or content type, a body too large)
 * carry their raw path, and every plan, objective or token id would make a series of its own. A number standing as
 * a path segment becomes {id}.
 */
@Singleton
public class MetricsUriTags implements MeterFilter {

    private static final Pattern NUMBER_SEGMENT = Pattern.compile("/[0-9]+(?=/|$)");

    @Override
    public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (uri == null || !id.getName().startsWith("http.server")) {
            return id;
        }
        String templated = NUMBER_SEGMENT.matcher(uri).replaceAll("/{id}");
        if (templated.equals(uri)) {
            return id;
        }
        return id.withTag(Tag.of("uri", templated));
    }
}
