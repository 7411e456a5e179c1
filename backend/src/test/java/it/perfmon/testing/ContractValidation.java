package it.perfmon.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A REST Assured filter, installed for every {@code @QuarkusTest} by {@link DefaultCredentials}, that fails the test
 * at the request whose answer the top-level openapi.yaml does not describe, so the contract cannot drift from what
 * the server does. The contract is read once per JVM; schemas are compiled once each.
 */
public final class ContractValidation implements Filter {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class Holder {
        static final ContractValidator VALIDATOR = ContractValidator.fromYaml(CONTRACT);
    }

    public static final ContractValidation FILTER = new ContractValidation();

    private ContractValidation() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        ContractValidator.Exchange exchange = new ContractValidator.Exchange(request.getMethod(),
                ContractValidator.pathOf(request.getURI()), request.getContentType(), requestBody(request.getBody()),
                response.statusCode(), response.contentType(), response.asByteArray(),
                request.getHeaders().hasHeaderWithName("Origin") && response.getHeader("Access-Control-Allow-Origin") == null);
        List<String> mismatches = Holder.VALIDATOR.mismatches(exchange);
        if (!mismatches.isEmpty()) {
            String body = new String(exchange.responseBody(), StandardCharsets.UTF_8);
            throw new AssertionError("The answer to " + exchange.method() + " " + exchange.path() + " ("
                    + exchange.status() + ") breaks openapi.yaml:\n  " + String.join("\n  ", mismatches)
                    + "\nbody: " + (body.length() > 1500 ? body.substring(0, 1500) + "…" : body));
        }
        return response;
    }

    private static byte[] requestBody(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof java.io.File || body instanceof java.io.InputStream) {
            return null;
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
