package it.perfmon.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Holds a body to its limit as it is read, whatever its headers say: a chunked body (no Content-Length) passes
 * {@link BodySizeFilter}, which can only check the announced length, and would otherwise be read up to the server's
 * backstop (quarkus.http.limits.max-body-size, 24 MiB). The body is read up to one byte past the limit before the
 * JSON reader sees any of it, so that an oversized body is refused with 413 problem details (not as unreadable
 * JSON, which is what an error thrown from inside the parser would become) and nothing is deserialised or written.
 */
@Provider
public class BodySizeInterceptor implements ReaderInterceptor {

    private final BodySizeFilter limits;
    private final CurrentVertxRequest current;

    BodySizeInterceptor(BodySizeFilter limits, CurrentVertxRequest current) {
        this.limits = limits;
        this.current = current;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String path = current.getCurrent().normalizedPath();
        if (limits.isLargeBodyRoute(path)) {
            // Uploads stream their body and count it themselves, refusing it as soon as it is over their limit.
            return context.proceed();
        }
        long limit = limits.limitFor(path);
        InputStream body = context.getInputStream();
        byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (read.length > limit) {
            throw BodySizeFilter.tooLarge(limit);
        }
        context.setInputStream(new ByteArrayInputStream(read));
        return context.proceed();
    }
}
