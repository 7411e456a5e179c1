package it.perfmon.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.impl.InboundBuffer;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a request's body is being held back by the server: Vert.x keeps what arrives for a paused request in the
 * request's own queue, and counts it as read only once the request is resumed. Neither the queue nor the pause is
 * public API, so both are read by reflection, through the wrappers Quarkus and Vert.x Web put around the request;
 * where the classes differ the answer is "not paused".
 */
final class PausedRequests {

    private static final String VERTX_REQUEST = "io.vertx.core.http.impl.Http1xServerRequest";
    /** The field that holds the wrapped request, in each wrapper class met; empty when a class has none. */
    private static final Map<Class<?>, Optional<Field>> DELEGATES = new ConcurrentHashMap<>();
    private static final Optional<Field> PENDING = field(VERTX_REQUEST, "pending");

    private PausedRequests() {
    }

    static boolean isPaused(HttpServerRequest request) {
        if (PENDING.isEmpty()) {
            return false;
        }
        Object current = request;
        // A handful of wrappers at most; the bound guards against a wrapper that wraps itself.
        for (int depth = 0; depth < 8 && current != null; depth++) {
            if (current.getClass().getName().equals(VERTX_REQUEST)) {
                Object pending = read(PENDING.get(), current);
                return pending instanceof InboundBuffer<?> queue && (queue.isPaused() || !queue.isEmpty());
            }
            Object wrapper = current;
            current = DELEGATES.computeIfAbsent(wrapper.getClass(), PausedRequests::delegateField)
                    .map(f -> read(f, wrapper)).orElse(null);
        }
        return false;
    }

    private static Optional<Field> delegateField(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (HttpServerRequest.class.isAssignableFrom(f.getType()) && f.trySetAccessible()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Field> field(String className, String name) {
        try {
            Field f = Class.forName(className).getDeclaredField(name);
            return f.trySetAccessible() ? Optional.of(f) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
