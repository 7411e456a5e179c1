package it.perfmon.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Tests of the plan's behaviour act as the administrator (the test profile's bootstrap token), so each need not
 * sign in; tests of who may do what opt out with {@link Without} and send their own credentials. Every answer, with
 * or without them, is checked against openapi.yaml ({@link ContractValidation}).
 */
public class DefaultCredentials implements QuarkusTestBeforeEachCallback {

    public static final String ADMIN_TOKEN = "test-bootstrap-token-for-the-test-suite";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Without {
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean without = context.getTestInstance().getClass().isAnnotationPresent(Without.class);
        RestAssured.replaceFiltersWith(List.of(ContractValidation.FILTER));
        if (!without) {
            RestAssured.filters(DefaultCredentials::addAdminToken);
        }
    }

    /** Requests that bring credentials of their own keep them. */
    private static Response addAdminToken(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (!request.getHeaders().hasHeaderWithName("Authorization")
                && !request.getCookies().hasCookieWithName("perfmon_session")) {
            request.header("Authorization", "Bearer " + ADMIN_TOKEN);
        }
        return context.next(request, response);
    }
}
