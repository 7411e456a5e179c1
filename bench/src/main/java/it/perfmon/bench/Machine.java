package it.perfmon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the numbers were measured on, read by the bench itself. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(Db db) throws IOException, SQLException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", cpuModel());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Stats.round(memTotalKb() / 1024.0 / 1024.0, 1));
        machine.put("mariadb", db.version());
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    /**
     * The 1-minute load average. Other engineers build on the same machine: a load far above the number of cores
     * means both sides of every ratio ran short of CPU, and absolute figures (start time above all) are inflated.
     */
    static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    }

    private static long memTotalKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }

    /**
     * Waits for a quiet machine before a measurement that other work would distort (Lighthouse above all: its
     * desktop preset does not throttle, so a busy CPU shows directly in the score). Quiet means a 1-minute load
     * average at most {@code threshold}; the waiting is shared by all the measurements of a phase, up to
     * {@code budgetSeconds} in all, after which a busy machine is reported as such at once.
     */
    static final class Quiet {

        /** The load average seen last, whether it was quiet enough, and how long this wait took. */
        record Wait(double load, boolean quiet, long waitedSeconds) {
        }

        private static final long POLL_MILLIS = 5_000;

        private final double threshold;
        private long budgetMillis;

        Quiet(double threshold, int budgetSeconds) {
            this.threshold = threshold;
            this.budgetMillis = budgetSeconds * 1000L;
        }

        double threshold() {
            return threshold;
        }

        Wait await() throws IOException, InterruptedException {
            long t0 = System.currentTimeMillis();
            double load = loadAverage();
            while (load > threshold && System.currentTimeMillis() - t0 < budgetMillis) {
                Thread.sleep(POLL_MILLIS);
                load = loadAverage();
            }
            long waited = System.currentTimeMillis() - t0;
            budgetMillis = Math.max(0, budgetMillis - waited);
            return new Wait(load, load <= threshold, Math.round(waited / 1000.0));
        }
    }
}
