package it.perfmon.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every failure answer must look like: RFC 9457 problem details, naming the fields at fault, hiding internals. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";

    /** Stack frames, exception names, package-qualified class names, framework annotations. */
    public static final String INTERNALS =
            "(?s).*(Exception|\\tat |\\bat [a-z]+\\.|\\b(java|javax|jakarta|org|io|com|it)\\.[a-z]+\\.|@[A-Z][a-z]+).*";

    private Problems() {
    }

    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectContentType(PROBLEM_JSON)
                .expectBody("status", equalTo(status))
                .expectBody("type", notNullValue())
                .expectBody("title", notNullValue())
                .expectBody(not(matchesPattern(INTERNALS)))
                .build();
    }

    /** A problem whose errors[] name the given field. */
    public static ResponseSpecification problem(int status, String field) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(status))
                .expectBody("errors.field", hasItem(field))
                .build();
    }
}
