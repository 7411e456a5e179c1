package it.perfmon.values.rest;

import it.perfmon.common.Page;
import it.perfmon.values.model.IndicatorValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A {@link Page} of indicator values under a name of its own: the resource writes the body itself (to tag it with
 * its digest), so the contract cannot infer the generic page from the method's return type.
 */
@Schema(name = "PageIndicatorValue")
public record IndicatorValuePage(
        List<IndicatorValue> items,
        @Schema(format = "int32", minimum = "0", example = "0") int offset,
        @Schema(format = "int32", minimum = "1", maximum = "500", example = "50") int limit,
        @Schema(format = "int64", minimum = "0", example = "18") long total) {

    static IndicatorValuePage of(Page<IndicatorValue> page) {
        return new IndicatorValuePage(page.items(), page.offset(), page.limit(), page.total());
    }
}
