package it.perfmon.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks an exchange against an OpenAPI 3.1 document: the operation exists, the status code and content type are
 * declared for it, and a JSON body is valid against the declared schema (JSON Schema 2020-12). A request body is
 * checked only when the server accepted it: then the contract must accept it too, or a client generated from the
 * contract could not send what the server takes (a null that clears a value, for one).
 */
public final class ContractValidator {

    private static final String DOCUMENT_ID = "https://perfmon.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DOCUMENT_KEYWORDS = List.of("openapi", "info", "servers", "security", "tags",
            "paths", "components", "webhooks", "jsonSchemaDialect", "externalDocs");

    private final JsonNode document;
    private final List<PathTemplate> templates;
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public ContractValidator(JsonNode document) {
        this.document = document;
        this.templates = templates(document);
        String text = document.toString();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH)
                .build();
        // Schemas are addressed as pointers into the whole document, whose own top-level keys are no schema keywords.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keywords(DOCUMENT_KEYWORDS.stream().map(NonValidationKeyword::new).toList()).build();
        this.registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT_ID, text)));
    }

    public static ContractValidator fromYaml(Path file) {
        try {
            return new ContractValidator(new YAMLMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP exchange as the validator needs it; bodies are raw bytes, headers already reduced to what counts. */
    public record Exchange(String method, String path, String requestContentType, byte[] requestBody, int status,
            String responseContentType, byte[] responseBody, boolean crossOriginRefused) {

        public Exchange(String method, String path, String requestContentType, byte[] requestBody, int status,
                String responseContentType, byte[] responseBody) {
            this(method, path, requestContentType, requestBody, status, responseContentType, responseBody, false);
        }
    }

    /** What in the exchange the contract does not allow; empty when it conforms or lies outside the contract. */
    public List<String> mismatches(Exchange exchange) {
        String method = exchange.method().toLowerCase(Locale.ROOT);
        Optional<PathTemplate> template = match(exchange.path());
        if (template.isEmpty()) {
            return exchange.path().startsWith("/api/") && exchange.status() < 400
                    ? List.of("no operation in the contract for path " + exchange.path())
                    : List.of();
        }
        if ("options".equals(method)) {
            return List.of(); // CORS preflight, answered before any resource
        }
        String lookupMethod = "head".equals(method) ? "get" : method;
        JsonNode operation = document.path("paths").path(template.get().template()).path(lookupMethod);
        String operationPointer = "/paths/" + escape(template.get().template()) + "/" + lookupMethod;
        if (operation.isMissingNode()) {
            return exchange.status() >= 400 && exchange.status() < 500 ? List.of()
                    : List.of("no operation " + method.toUpperCase(Locale.ROOT) + " " + template.get().template()
                            + " in the contract, yet the answer was " + exchange.status());
        }
        List<String> out = new ArrayList<>();
        checkResponse(exchange, "head".equals(method), operation, operationPointer, out);
        if (exchange.status() >= 200 && exchange.status() < 300) {
            checkRequest(exchange, operation, operationPointer, out);
        }
        return out;
    }

    private void checkResponse(Exchange exchange, boolean head, JsonNode operation, String operationPointer, List<String> out) {
        String code = String.valueOf(exchange.status());
        JsonNode responses = operation.path("responses");
        String declared = responses.has(code) ? code
                : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (declared == null) {
            out.add("status " + code + " is not declared (declared: " + names(responses) + ")");
            return;
        }
        String responsePointer = resolvedPointer(operationPointer + "/responses/" + escape(declared));
        JsonNode content = document.at(responsePointer).path("content");
        byte[] body = exchange.responseBody() == null ? new byte[0] : exchange.responseBody();
        if (head || exchange.status() == 204 || exchange.status() == 304) {
            return;
        }
        if (body.length == 0 && exchange.status() == 403 && exchange.crossOriginRefused()) {
            return; // Quarkus' CORS filter refuses an unlisted Origin bare; browsers show such an answer to no one
        }
        if (content.isMissingNode() || content.isEmpty()) {
            if (body.length > 0) {
                out.add("status " + code + " declares no body, yet one came as " + exchange.responseContentType());
            }
            return;
        }
        Optional<String> mediaType = mediaType(content, exchange.responseContentType());
        if (mediaType.isEmpty()) {
            out.add("content type " + exchange.responseContentType() + " is not declared for status " + code
                    + " (declared: " + names(content) + ")");
            return;
        }
        if (isJson(exchange.responseContentType()) && content.path(mediaType.get()).has("schema")) {
            String pointer = responsePointer + "/content/" + escape(mediaType.get()) + "/schema";
            validate("response " + code + " body", pointer, body, out);
        }
    }

    private void checkRequest(Exchange exchange, JsonNode operation, String operationPointer, List<String> out) {
        byte[] body = exchange.requestBody();
        if (body == null || body.length == 0 || !isJson(exchange.requestContentType()) || !operation.has("requestBody")) {
            return; // a body sent to an operation that takes none is ignored, not accepted
        }
        String requestPointer = resolvedPointer(operationPointer + "/requestBody");
        JsonNode content = document.at(requestPointer).path("content");
        Optional<String> mediaType = mediaType(content, exchange.requestContentType());
        if (mediaType.isEmpty()) {
            out.add("the server accepted a request body of type " + exchange.requestContentType()
                    + " that the contract does not declare (declared: " + names(content) + ")");
            return;
        }
        if (content.path(mediaType.get()).has("schema")) {
            validate("accepted request body", requestPointer + "/content/" + escape(mediaType.get()) + "/schema", body, out);
        }
    }

    private void validate(String what, String pointer, byte[] body, List<String> out) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            out.add(what + " is not JSON: " + e.getMessage());
            return;
        }
        Schema schema = compiled.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + p)));
        for (Error error : schema.validate(instance)) {
            String expected = String.valueOf(error.getSchemaNode());
            out.add(what + " at " + error.getInstanceLocation() + ": " + error.getMessage() + " (" + error.getKeyword()
                    + " " + (expected.length() > 120 ? expected.substring(0, 120) + "…" : expected) + " of "
                    + error.getSchemaLocation().getFragment() + ")");
        }
    }

    /** A media type of the content map covering the actual one: exact, then its type/*, then * / *. */
    private static Optional<String> mediaType(JsonNode content, String actual) {
        if (actual == null || actual.isBlank()) {
            return Optional.empty();
        }
        String bare = actual.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (String candidate : List.of(bare, bare.split("/")[0] + "/*", "*/*")) {
            if (content.has(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String bare = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return bare.equals("application/json") || bare.endsWith("+json");
    }

    /** Where a response or request body really is, following the $ref of one declared in components. */
    private String resolvedPointer(String pointer) {
        String current = pointer;
        for (int hops = 0; document.at(current).has("$ref") && hops < 10; hops++) {
            current = document.at(current).get("$ref").asText().substring(1);
        }
        return current;
    }

    private Optional<PathTemplate> match(String path) {
        return templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst();
    }

    /** Literal segments win over parameters (/plans/current before /plans/{id}), as JAX-RS matches them. */
    private static List<PathTemplate> templates(JsonNode document) {
        List<PathTemplate> list = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(template -> {
            StringBuilder regex = new StringBuilder();
            for (String part : template.split("(?=\\{)|(?<=\\})")) {
                regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
            }
            list.add(new PathTemplate(template, Pattern.compile(regex.toString()), template.split("\\{", -1).length - 1));
        });
        list.sort(Comparator.comparingInt(PathTemplate::parameters));
        return List.copyOf(list);
    }

    private record PathTemplate(String template, Pattern pattern, int parameters) {
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return String.join(", ", names);
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    /** The decoded path of a request URI, as the contract's templates spell it. */
    public static String pathOf(String uri) {
        String path = java.net.URI.create(uri).getRawPath();
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
