package it.perfmon.allegato.imports.config;

import it.perfmon.common.LargeBodyRoute;
import it.perfmon.common.PerfmonConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Uploads of the Allegato A may be larger than JSON requests: up to perfmon.import.max-bytes. */
@ApplicationScoped
public class ImportBodyLimit implements LargeBodyRoute {

    public static final String PATH_PREFIX = "/api/v1/imports/";

    private final PerfmonConfig.Imports config;

    ImportBodyLimit(PerfmonConfig config) {
        this.config = config.imports();
    }

    @Override
    public boolean matches(String path) {
        return path.startsWith(PATH_PREFIX);
    }

    @Override
    public long maxBytes() {
        return config.maxBytes();
    }
}
