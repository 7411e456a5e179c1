package it.perfmon.faults.rig;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the Galera tests: the Galera rig, and after each test the same check as {@link FaultTest}'s, that
 * neither backend answered 500.
 */
@ExtendWith(RigExtension.class)
public abstract class GaleraTest {

    protected static GaleraRig rig;
    private long markA;
    private long markB;

    @BeforeAll
    static void rig() throws Exception {
        rig = GaleraRig.get();
    }

    @BeforeEach
    void markLogs() throws IOException {
        markA = rig.a.logMark();
        markB = rig.b.logMark();
    }

    @AfterEach
    void noUnexpectedErrors() throws IOException {
        assertTrue(rig.a.alive() && rig.b.alive(), "a backend process died");
        for (String log : new String[] {rig.a.logSince(markA), rig.b.logSince(markB)}) {
            assertTrue(!log.contains("Unexpected error"), "a backend answered 500 (Unexpected error):\n"
                    + log.lines().filter(l -> l.contains("Unexpected error") || l.contains("Exception"))
                            .limit(20).reduce("", (x, y) -> x + y + "\n"));
        }
    }
}
