package it.perfmon.evidence.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.common.LargeBodyRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Uploads of evidence may be larger than JSON requests: a file of up to perfmon.evidence.max-size, plus the multipart
 * envelope around it (boundaries, part headers, the description). A body announced larger than that is refused with
 * 413 before a byte of it is read; the file's own size is checked exactly once received.
 */
@ApplicationScoped
public class EvidenceBodyLimit implements LargeBodyRoute {

    /** Room for the multipart envelope: boundaries, the parts' headers and a description of up to 4 KiB. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    private static final Pattern UPLOADS = Pattern.compile(
            "/api/v1/(indicators/[^/]+/results/[^/]+|phases/[^/]+)/evidence/?");

    private final long maxSize;

    EvidenceBodyLimit(PerfmonConfig config) {
        this.maxSize = config.evidence().maxSize();
    }

    @Override
    public boolean matches(String path) {
        return UPLOADS.matcher(path).matches();
    }

    @Override
    public long maxBytes() {
        return maxSize + ENVELOPE_BYTES;
    }

    /**
     * A limit the server's own backstop would cut short would refuse, with a bare 413 and a closed connection, uploads
     * sent without a length that the limit allows: refused at start, naming both settings.
     */
    void check(@Observes StartupEvent start) {
        MemorySize backstop = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class);
        if (backstop.asLongValue() < maxBytes()) {
            throw new IllegalStateException("perfmon.evidence.max-size (MONITOR_EVIDENCE_MAX_SIZE) is " + maxSize
                    + " bytes: quarkus.http.limits.max-body-size (QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE, now "
                    + backstop.asLongValue() + ") must be at least " + maxBytes() + " to let such uploads through");
        }
    }
}
