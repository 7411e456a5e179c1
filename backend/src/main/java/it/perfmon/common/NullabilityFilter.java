package it.perfmon.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the contract say where null is allowed, as the server does it, in one place rather than on every field.
 * <ul>
 * <li>Request bodies: Jackson reads a JSON null into any field of a request record, and Bean Validation refuses it
 * only where @NotNull/@NotBlank/@NotEmpty make the field required; every optional field of a request schema
 * therefore accepts null (it clears the value, or takes the default).</li>
 * <li>Everywhere: a nullable schema must really admit null in JSON Schema 2020-12. SmallRye writes
 * {@code @Schema(nullable = true)} on a reference as {@code type: object} beside {@code anyOf: [$ref, null]}, which
 * refuses null, and on an enumeration as a type with null but an {@code enum} without it.</li>
 * </ul>
 * Response fields stay nullable only where their record says so: whether a value can be missing is a fact about the
 * data, which no Java type tells.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class NullabilityFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (components == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Schema> requestRoots = new ArrayList<>();
        List<Schema> responseRoots = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                collect(operation.getRequestBody().getContent(), requestRoots);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> collect(r.getContent(), responseRoots));
            }
        }));
        Set<Schema> answered = reachable(responseRoots, components);
        for (Schema request : reachable(requestRoots, components)) {
            if (!answered.contains(request)) {
                optionalPropertiesAcceptNull(request);
            }
        }
        components.values().forEach(schema -> walk(schema, NullabilityFilter::admitNullWhereDeclared));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            List<Schema> inline = new ArrayList<>();
            if (operation.getRequestBody() != null) {
                collect(operation.getRequestBody().getContent(), inline);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> collect(r.getContent(), inline));
            }
            inline.forEach(schema -> walk(schema, NullabilityFilter::admitNullWhereDeclared));
        }));
    }

    private static void optionalPropertiesAcceptNull(Schema object) {
        if (object.getProperties() == null) {
            return;
        }
        List<String> required = object.getRequired() == null ? List.of() : object.getRequired();
        object.getProperties().forEach((name, property) -> {
            if (!required.contains(name)) {
                acceptNull(property);
            }
        });
    }

    private static void acceptNull(Schema property) {
        if (admitsNull(property)) {
            return;
        }
        if (property.getRef() != null) {
            Schema target = OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.setAnyOf(List.of(target, nullSchema()));
        } else if (property.getType() != null && !property.getType().isEmpty()) {
            property.addType(SchemaType.NULL);
        } else if (property.getAnyOf() != null) {
            property.addAnyOf(nullSchema());
        }
    }

    /** Repairs what the generator writes for @Schema(nullable = true), so that null validates. */
    private static void admitNullWhereDeclared(Schema schema) {
        if (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(NullabilityFilter::isNullSchema)
                && schema.getAnyOf().stream().allMatch(s -> isNullSchema(s) || s.getRef() != null)) {
            // The referenced schema carries the type; one written beside anyOf would exclude null.
            schema.setType(null);
        }
        if (schema.getType() != null && schema.getType().contains(SchemaType.NULL) && schema.getEnumeration() != null
                && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null); // addEnumeration drops a null
            schema.setEnumeration(values);
        }
    }

    private static boolean admitsNull(Schema schema) {
        return schema.getType() != null && schema.getType().contains(SchemaType.NULL)
                || schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(NullabilityFilter::isNullSchema)
                || schema.getOneOf() != null && schema.getOneOf().stream().anyMatch(NullabilityFilter::isNullSchema);
    }

    private static boolean isNullSchema(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    private static Schema nullSchema() {
        return OASFactory.createSchema().addType(SchemaType.NULL);
    }

    private static void collect(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> {
                if (media.getSchema() != null) {
                    into.add(media.getSchema());
                }
            });
        }
    }

    /** Every schema reachable from the roots, following references into components. */
    private static Set<Schema> reachable(List<Schema> roots, Map<String, Schema> components) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                Schema target = components.get(schema.getRef().substring(SCHEMAS.length()));
                if (target != null) {
                    pending.push(target);
                }
            }
            children(schema).forEach(pending::push);
        }
        return seen;
    }

    private static void walk(Schema root, Consumer<Schema> action) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Schema> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (seen.add(schema)) {
                action.accept(schema);
                children(schema).forEach(pending::push);
            }
        }
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> list : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (list != null) {
                children.addAll(list);
            }
        }
        return children;
    }
}
