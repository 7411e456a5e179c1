package it.perfmon.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * `make seed-large`: a database at the scale of a whole region, for trying the product with years of data. Twenty
 * generated organisations (codes SCALA-01 to SCALA-20, each with ARTI's structures and territorial units) get ten
 * plans each, 2012–2021, each ten times ARTI's 2021 plan (150 objectives, 180 indicators, 250 phases, 360 results),
 * and 100.000 daily counts per plan across its 60 ratio indicators and 5 territorial units: 200 plans and twenty
 * million counts. ARTI's own 2021 plan stays as seeded. The schema and the ARTI seed come from the backend itself,
 * started once when the database is new. The run is recorded in data_seed like the default data set: a second run
 * refuses and says so. What it made, and how much room it takes, is printed at the end (BENCHMARKS.md, "Sizing").
 */
final class SeedLarge {

    static final String MARKER = "scale-organisations-2012-2021";
    /** The generated organisations are SCALA-01, SCALA-02…; the first one's latest plan is the one measured. */
    static final String ORGANISATION_PREFIX = "SCALA-";
    static final String FIRST_ORGANISATION = ORGANISATION_PREFIX + "01";
    /** Who the seeded counts are updated by, so that they can be told from figures posted later. */
    static final String UPDATED_BY = "seed-large";
    private static final int FIRST_YEAR = 2012;

    private final Options options;
    private final Db db;

    SeedLarge(Options options, Db db) {
        this.options = options;
        this.db = db;
    }

    int run() throws Exception {
        long t0 = System.nanoTime();
        if (!db.hasTable("data_seed") || !arti2021Loaded()) {
            System.out.println("Database " + db.name() + " is new: starting the backend once for the migrations and "
                    + "the 2021 seed…");
            Path jar = options.repo().resolve("backend/target/quarkus-app/quarkus-run.jar");
            String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
            try (Backend backend = Backend.start(jar, options.jvmArguments(), db, options.port(), token, false,
                    options.repo().resolve("bench/target/seed-large-backend.log"))) {
                System.out.printf("  backend ready after %.1f s%n", backend.startMeasure().millis() / 1000.0);
            }
        }
        try (Connection connection = db.connect()) {
            if (!claim(connection)) {
                System.out.println("Scale data already generated in " + db.name() + " (data_seed '" + MARKER + "', "
                        + loadedAt(connection) + "); nothing done. To generate it again, drop the database first: "
                        + "mariadb -e 'DROP DATABASE " + db.name() + "'");
                return 0;
            }
            long source = arti2021(connection);
            long counts = 0;
            int plans = 0;
            int objectives = 0;
            int indicators = 0;
            int phases = 0;
            for (int o = 1; o <= options.organisations(); o++) {
                String code = ORGANISATION_PREFIX + "%02d".formatted(o);
                long organisation = organisation(connection, code);
                List<CountRows.Unit> units = CountRows.units(connection, organisation);
                PlanCloner cloner = new PlanCloner(connection);
                long t1 = System.nanoTime();
                long organisationCounts = 0;
                for (int i = 0; i < options.years(); i++) {
                    int year = FIRST_YEAR + i;
                    PlanCloner.Cloned plan = cloner.clone(source, organisation, year, 10, false);
                    // A seed per organisation and year, so that no two plans hold the same figures.
                    List<CountRows.Row> rows = CountRows.generate(plan.countedIndicators(), units, year,
                            options.countsPerPlan(), o * 10_000L + year);
                    CountRows.insert(connection, rows, 5_000, UPDATED_BY);
                    organisationCounts += rows.size();
                    plans++;
                    objectives += plan.objectives();
                    indicators += plan.indicators();
                    phases += plan.phases();
                }
                counts += organisationCounts;
                System.out.printf("  %s: %d plans (%d–%d), %d counts in %.1f s%n", code, options.years(), FIRST_YEAR,
                        FIRST_YEAR + options.years() - 1, organisationCounts, (System.nanoTime() - t1) / 1e9);
            }
            System.out.printf("Made in %s: %d organisations (%s to %s), %d plans, %d objectives, %d indicators, "
                            + "%d phases, %d counts, in %.1f s%n", db.name(), options.organisations(), FIRST_ORGANISATION,
                    ORGANISATION_PREFIX + "%02d".formatted(options.organisations()), plans, objectives, indicators,
                    phases, counts, (System.nanoTime() - t0) / 1e9);
            for (DatabaseSize.Table table : DatabaseSize.largest(connection, 5)) {
                System.out.printf("  %-24s %,12d rows  %,8.1f MB data  %,8.1f MB indexes%n", table.name(), table.rows(),
                        table.dataMb(), table.indexMb());
            }
            System.out.printf("  whole database: %,.1f MB%n", DatabaseSize.totalMb(connection));
            return 0;
        }
    }

    private boolean arti2021Loaded() throws SQLException {
        try (Connection connection = db.connect()) {
            return arti2021OrZero(connection) > 0;
        }
    }

    /** Records the run, as SeedLoader records the default data set; false when it was already recorded. */
    private static boolean claim(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert ignore into data_seed (name) values (?)")) {
            s.setString(1, MARKER);
            return s.executeUpdate() == 1;
        }
    }

    private static String loadedAt(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select loaded_at from data_seed where name = ?")) {
            s.setString(1, MARKER);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? "recorded " + rs.getString(1) : "not recorded";
            }
        }
    }

    private static long arti2021(Connection connection) throws SQLException {
        long id = arti2021OrZero(connection);
        if (id == 0) {
            throw new IllegalStateException("ARTI's 2021 plan is missing: is perfmon.seed.enabled off?");
        }
        return id;
    }

    private static long arti2021OrZero(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select p.id from plan p join organisation o on o.id = p.organisation_id "
                        + "where o.code = 'ARTI' and p.plan_year = 2021")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** A generated organisation, with ARTI's structures and territorial units (same codes and names). */
    private static long organisation(Connection connection, String code) throws SQLException {
        long id;
        try (PreparedStatement s = connection.prepareStatement(
                "insert into organisation (code, name) values (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, code);
            s.setString(2, "Ente generato per le prove su larga scala " + code);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (String table : List.of("responsible_structure", "territorial_unit")) {
            String columns = table.equals("responsible_structure") ? "code, name, short_name" : "code, name";
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("insert into " + table + " (organisation_id, " + columns + ") select " + id + ", "
                        + columns + " from " + table + " where organisation_id = "
                        + "(select id from organisation where code = 'ARTI')");
            }
        }
        return id;
    }
}
