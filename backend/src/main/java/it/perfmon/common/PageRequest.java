package it.perfmon.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list accepts, named as the Italian API guidelines recommend. */
public class PageRequest {

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Number of items to skip", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000"))
    int offset;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    @Parameter(description = "Maximum number of items returned", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500"))
    int limit;

    public int offset() {
        return offset;
    }

    public int limit() {
        return limit;
    }
}
