package it.perfmon.faults.rig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * What a client saw: the status (or {@link #TIMED_OUT} when no answer came within the client's timeout, or
 * {@link #NO_ANSWER} when the connection failed), headers, body and how long it took.
 */
public record Reply(int status, HttpHeaders headers, String body, long millis) {

    public static final int TIMED_OUT = -1;
    public static final int NO_ANSWER = -2;
    private static final ObjectMapper JSON = new ObjectMapper();

    public Optional<String> header(String name) {
        return headers == null ? Optional.empty() : headers.firstValue(name);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
        }
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** A 503 as the API promises it: problem details and a Retry-After to honour. */
    public boolean retryableUnavailable() {
        return status == 503 && header("Retry-After").filter(v -> v.matches("\\d+")).isPresent()
                && header("Content-Type").filter(t -> t.startsWith("application/problem+json")).isPresent();
    }

    @Override
    public String toString() {
        return status + " in " + millis + " ms" + (body == null || body.isEmpty() ? ""
                : ": " + body.substring(0, Math.min(300, body.length())));
    }
}
