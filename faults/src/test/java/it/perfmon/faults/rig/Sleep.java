package it.perfmon.faults.rig;

/** Sleeping without a checked exception, for the loops of background threads. */
public final class Sleep {

    private Sleep() {
    }

    public static void quietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
