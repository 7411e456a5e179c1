package it.perfmon.faults.rig;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the Galera tests: the Galera rig of three nodes and two backends, checked after each test. */
@ExtendWith(RigExtension.class)
public abstract class GaleraTest extends BackendPairTest {

    protected static GaleraRig rig;

    @BeforeAll
    static void rig() throws Exception {
        rig = GaleraRig.get();
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
