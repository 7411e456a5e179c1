package it.perfmon.faults.rig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client of one backend, as a script would be: every call answers a {@link Reply}, never throws. */
public final class Api {

    /** No request of the tests may take longer: a backend that hangs past it fails them. */
    public static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(40);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Map<String, String> always;

    public Api(URI base, Map<String, String> always) {
        this.base = base;
        this.always = Map.copyOf(always);
    }

    public static Api anonymous(URI base) {
        return new Api(base, Map.of());
    }

    public static Api bearer(URI base, String token) {
        return new Api(base, Map.of("Authorization", "Bearer " + token));
    }

    /** The same identity on another backend. */
    public Api on(URI otherBase) {
        return new Api(otherBase, always);
    }

    public Api with(String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(always);
        headers.put(header, value);
        return new Api(base, headers);
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Reply post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Reply put(String path, Object body, Map<String, String> headers) {
        return send("PUT", path, body, headers);
    }

    public Reply send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(CLIENT_TIMEOUT)
                .header("Accept", "application/json");
        // Set, not added: a header given here (Accept: text/csv) replaces the default instead of joining it.
        always.forEach(request::setHeader);
        headers.forEach(request::setHeader);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json(body)));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(), millisSince(start));
        } catch (HttpTimeoutException e) {
            return new Reply(Reply.TIMED_OUT, null, e.toString(), millisSince(start));
        } catch (IOException e) {
            return new Reply(Reply.NO_ANSWER, null, e.toString(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(Reply.NO_ANSWER, null, "interrupted", millisSince(start));
        }
    }

    public static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
