package it.perfmon.faults.rig;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the fault tests: the shared rig of one database and two backends, checked after each test. */
@ExtendWith(RigExtension.class)
public abstract class FaultTest extends BackendPairTest {

    protected static Rig rig;

    @BeforeAll
    static void rig() throws Exception {
        rig = Rig.get();
    }

    @Override
    protected BackendProcess a() {
        return rig.a;
    }

    @Override
    protected BackendProcess b() {
        return rig.b;
    }
}
