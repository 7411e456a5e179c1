package it.perfmon.faults.rig;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the shared rigs (one database, Galera) once every test class has run: JUnit closes what the root context's store holds at the end of
 * the run, before the JVM exits, so stopping does not depend on a shutdown hook finishing in time.
 */
public final class RigExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RigExtension.class,
                key -> (ExtensionContext.Store.CloseableResource) () -> {
                    Rig.started().ifPresent(Rig::closeQuietly);
                    GaleraRig.started().ifPresent(GaleraRig::closeQuietly);
                });
    }
}
