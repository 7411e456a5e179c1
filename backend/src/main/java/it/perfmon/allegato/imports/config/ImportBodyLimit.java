package it.perfmon.allegato.imports.config;

import it.perfmon.common.LargeBodyRoute;
import jakarta.enterprise.context.ApplicationScoped;

/** Uploads of the Allegato A may be larger than JSON requests: up to perfmon.import.max-bytes. */
@ApplicationScoped
public class ImportBodyLimit implements LargeBodyRoute {

    public static final String PATH_PREFIX = "/api/v1/imports/";

    private final ImportConfig config;

    ImportBodyLimit(ImportConfig config) {
        this.config = config;
    }

    @Override
    public String pathPrefix() {
        return PATH_PREFIX;
    }

    @Override
    public long maxBytes() {
        return config.maxBytes();
    }
}
