package it.perfmon.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line: {@code run|seed-large [--name=value…]}. Defaults keep `make bench` within about ten minutes on
 * a 2-core machine.
 */
record Options(String command, Path repo, int port, int previewPort, int starts, int concurrency, int windowSeconds,
        int rounds, int countRuns, int countBudgetSeconds, int lighthouseRuns, String commit, int years,
        int countsPerPlan, String jvmOptions, boolean scale, String largeDb, int latencySamples, int scaleWarmups,
        double quietLoad, int quietWaitSeconds, boolean appCds, int organisations) {

    static Options parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: run|seed-large [--repo=.] [--port=8095] [--preview-port=4195] "
                    + "[--starts=3] [--concurrency=16] [--window=5] [--rounds=3] [--count-runs=3] [--count-budget=240] "
                    + "[--lighthouse-runs=5] [--commit=sha] [--years=10] [--counts-per-plan=100000] [--jvm-options=backend/jvm.options|none] "
                    + "[--scale=on|off] [--large-db=<name>_large_bench] [--latency-samples=15] [--scale-warmups=100] "
                    + "[--quiet-load=1.0] [--quiet-wait=300] [--appcds=on|off] [--organisations=20]");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Options options = new Options(args[0], Path.of(values.getOrDefault("repo", ".")).toAbsolutePath().normalize(),
                number(values, "port", 8095), number(values, "preview-port", 4195), number(values, "starts", 3),
                number(values, "concurrency", 16), number(values, "window", 5), number(values, "rounds", 3),
                number(values, "count-runs", 3), number(values, "count-budget", 240),
                number(values, "lighthouse-runs", 5), values.getOrDefault("commit", "unknown"),
                number(values, "years", 10), number(values, "counts-per-plan", 100_000),
                values.getOrDefault("jvm-options", "backend/jvm.options"), onOff(values, "scale"),
                values.getOrDefault("large-db", ""), number(values, "latency-samples", 15),
                number(values, "scale-warmups", 100), Double.parseDouble(values.getOrDefault("quiet-load", "1.0")),
                number(values, "quiet-wait", 300), !"off".equals(values.getOrDefault("appcds", "on")),
                number(values, "organisations", 20));
        values.keySet().removeAll(java.util.Set.of("repo", "port", "preview-port", "starts", "concurrency", "window",
                "rounds", "count-runs", "count-budget", "lighthouse-runs", "commit", "years", "counts-per-plan", "jvm-options",
                "scale", "large-db", "latency-samples", "scale-warmups", "quiet-load", "quiet-wait", "appcds",
                "organisations"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + values.keySet());
        }
        return options;
    }

    /**
     * What the backend's JVM is started with besides {@code -jar}: the options file that `make run` and the container
     * use (as a {@code @file} argument), or nothing with {@code --jvm-options=none}, to measure the JVM's defaults.
     */
    java.util.List<String> jvmArguments() {
        return "none".equals(jvmOptions) ? java.util.List.of() : java.util.List.of("@" + repo.resolve(jvmOptions));
    }

    private static boolean onOff(Map<String, String> values, String name) {
        String value = values.getOrDefault(name, "on");
        if (!value.equals("on") && !value.equals("off")) {
            throw new IllegalArgumentException("--" + name + " is on or off, not " + value);
        }
        return value.equals("on");
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
