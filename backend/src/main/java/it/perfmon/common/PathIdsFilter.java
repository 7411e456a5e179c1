package it.perfmon.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Every integer in a path is an id, a 64-bit integer: said once here rather than on each {@code @PathParam}. The
 * parameter is rebuilt schema first, in the order the contract has always listed it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PathIdsFilter implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.PATH || parameter.getSchema() == null
                || !List.of(SchemaType.INTEGER).equals(parameter.getSchema().getType())) {
            return parameter;
        }
        return OASFactory.createParameter()
                .schema(OASFactory.createSchema().format("int64").addType(SchemaType.INTEGER))
                .name(parameter.getName())
                .in(parameter.getIn())
                .description(parameter.getDescription())
                .required(parameter.getRequired());
    }
}
