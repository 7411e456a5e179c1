package it.perfmon.faults.rig;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Whatever a test looks at, afterwards both backends are alive and neither met an error it could not classify (a
 * 500 is logged as "Unexpected error"): the check every test of a rig with two backends ends with.
 */
public abstract class BackendPairTest {

    private long markA;
    private long markB;

    protected abstract BackendProcess a();

    protected abstract BackendProcess b();

    @BeforeEach
    void markLogs() throws IOException {
        markA = a().logMark();
        markB = b().logMark();
    }

    @AfterEach
    void noUnexpectedErrors() throws IOException {
        assertTrue(a().alive() && b().alive(), "a backend process died");
        for (String log : new String[] {a().logSince(markA), b().logSince(markB)}) {
            assertTrue(!log.contains("Unexpected error"), "a backend answered 500 (Unexpected error):\n"
                    + log.lines().filter(l -> l.contains("Unexpected error") || l.contains("Exception"))
                            .limit(20).reduce("", (x, y) -> x + y + "\n"));
        }
    }
}
