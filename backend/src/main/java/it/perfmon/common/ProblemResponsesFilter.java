package it.perfmon.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares on every operation of /api/v1 the problem-details answers ProblemMappers actually give, so the
 * contract lists them without each resource repeating a dozen annotations. It runs at build time: its output depends
 * on the annotated resources alone, and building the document at start cost a fifth of the start's CPU.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> addProblems(path, method, operation));
            } else {
                // Content negotiation and unexpected errors answer outside /api as well (the /status of ModI).
                item.getOperations().values().forEach(operation -> {
                    add(operation.getResponses(), "406", "The requested media type is not available");
                    add(operation.getResponses(), "500", "Unexpected error; the detail carries an incident reference");
                });
            }
        });
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParams = path.contains("{") || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParams) {
            add(responses, "400", "Invalid request: the problem's errors name the fields at fault");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such resource");
        } else if (hasQuery(operation, "organisation")) {
            add(responses, "404", "No such organisation, or one the caller may not read");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.POST) {
            add(responses, "409", "Conflicts with the current state (duplicate, concurrent change, content that must be kept)");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE || hasHeader(operation, "If-Match")) {
            add(responses, "412", "If-Match does not name the current version: reload and reapply");
        }
        if (hasHeader(operation, "If-None-Match") && responses.getAPIResponse("304") == null) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified since the ETag in If-None-Match"));
        }
        if (method == PathItem.HttpMethod.PUT || requiresHeader(operation, "If-Match")) {
            add(responses, "428", "If-Match is required for updates");
        }
        if (hasBody) {
            add(responses, "413", "Request body too large");
            add(responses, "415", "Request body is not application/json");
        }
        add(responses, "401", "Credentials missing, invalid, expired or revoked (or reading needs them when public "
                + "reading is off)");
        add(responses, "403", "The user or token may not do this (role, structure, scope or CSRF token)");
        add(responses, "406", "The requested media type is not available");
        add(responses, "500", "Unexpected error; the detail carries an incident reference");
        APIResponse unavailable = problem("Database unavailable; retry after the given seconds");
        unavailable.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)).format("int32")));
        if (responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", unavailable);
        }
        // Errors declared by a resource itself (such as the 429 of login) answer with problem details too.
        responses.getAPIResponses().forEach((code, response) -> {
            boolean error = code.startsWith("4") || code.startsWith("5");
            if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problem(response.getDescription()).getContent());
            }
        });
    }

    private static boolean requiresHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName())
                        && Boolean.TRUE.equals(p.getRequired()));
    }

    private static boolean hasQuery(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()));
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /** Adds the answer, or gives problem content to one the generator declared bare (its 400 for @Valid). */
    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, problem(description));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            responses.addAPIResponse(code, problem(description));
        }
    }

    private static APIResponse problem(String description) {
        MediaType mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        Content content = OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, mediaType);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

}
