package it.perfmon.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;

class MetricsUriTagsTest {

    private final MetricsUriTags filter = new MetricsUriTags();

    @Test
    void shouldReplaceIdsInARawPathWithAPlaceholder() {
        assertEquals("/api/v1/plans/{id}/objectives", uri("http.server.requests", "/api/v1/plans/2021/objectives"));
        assertEquals("/api/v1/indicators/{id}/results/{id}", uri("http.server.requests", "/api/v1/indicators/7/results/12"));
    }

    @Test
    void shouldKeepRouteTemplatesAndNamesWithDigits() {
        assertEquals("/api/v1/plans/{planId}", uri("http.server.requests", "/api/v1/plans/{planId}"));
        assertEquals("/api/v1/files/v2x", uri("http.server.requests", "/api/v1/files/v2x"));
    }

    @Test
    void shouldLeaveOtherMetersAlone() {
        assertEquals("/api/v1/plans/1", uri("http.client.requests", "/api/v1/plans/1"));
    }

    private String uri(String meter, String uri) {
        Meter.Id id = new Meter.Id(meter, Tags.of("method", "GET", "uri", uri), null, null, Meter.Type.TIMER);
        Meter.Id mapped = filter.map(id);
        assertEquals("GET", mapped.getTag("method"));
        return mapped.getTag("uri");
    }
}
