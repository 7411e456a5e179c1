package it.perfmon.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import it.perfmon.area.StrategicArea;
import it.perfmon.area.service.AreaCommand;
import it.perfmon.answers.PlanDataVersions;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.common.PerfmonConfig;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorCommand;
import it.perfmon.objective.Objective;
import it.perfmon.objective.service.ObjectiveCommand;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.organisation.TerritorialUnit;
import it.perfmon.phase.service.PhaseCommand;
import it.perfmon.phase.service.PhaseProgressCommand;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanWriters;
import it.perfmon.seed.SeedFixture.SeedArea;
import it.perfmon.seed.SeedFixture.SeedCount;
import it.perfmon.seed.SeedFixture.SeedIndicator;
import it.perfmon.seed.SeedFixture.SeedObjective;
import it.perfmon.seed.SeedFixture.SeedPhase;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads the default data set (ARTI's 2021 plan) once. The load is recorded in data_seed in the same
 * transaction, so a restart, or a second replica starting at the same time, never loads it again over
 * what users have changed since.
 */
@ApplicationScoped
public class SeedLoader {

    static final String SEED_NAME = "arti-2021";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final boolean enabled;
    private final PlanWriters writers;
    private final PlanDataVersions versions;

    SeedLoader(EntityManager em, ObjectMapper mapper, PerfmonConfig config, PlanWriters writers,
            PlanDataVersions versions) {
        this.em = em;
        this.mapper = mapper;
        this.enabled = config.seed().enabled();
        this.writers = writers;
        this.versions = versions;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        // INSERT IGNORE waits for a concurrent loader's lock and then reports 0 rows: only one replica loads.
        int claimed = em.createNativeQuery("INSERT IGNORE INTO data_seed (name) VALUES (?1)")
                .setParameter(1, SEED_NAME).executeUpdate();
        if (claimed == 0) {
            LOG.debugf("Default data set %s already loaded", SEED_NAME);
            return;
        }
        SeedFixture fixture = read();
        Organisation organisation = Organisation.findByCode(fixture.organisation().code()).orElseGet(() -> {
            Organisation created = new Organisation();
            created.code = fixture.organisation().code();
            created.name = fixture.organisation().name();
            created.persist();
            return created;
        });
        boolean planExists = Plan.count("organisation = ?1 and year = ?2", organisation, fixture.plan().year()) > 0;
        if (planExists) {
            LOG.infof("Plan %d of %s already exists; default data set not loaded over it", fixture.plan().year(),
                    organisation.code);
            return;
        }
        Map<String, ResponsibleStructure> structures = loadStructures(fixture, organisation);
        loadUnits(fixture, organisation);
        loadPlan(fixture, organisation, structures);
        LOG.infof("Loaded default data set %s", SEED_NAME);
    }

    private SeedFixture read() {
        try (InputStream in = getClass().getResourceAsStream("/seed/" + SEED_NAME + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Default data set /seed/" + SEED_NAME + ".json is missing");
            }
            return mapper.readValue(in, SeedFixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, ResponsibleStructure> loadStructures(SeedFixture fixture, Organisation organisation) {
        Map<String, ResponsibleStructure> byCode = new HashMap<>();
        for (var seed : fixture.structures()) {
            ResponsibleStructure structure = ResponsibleStructure
                    .<ResponsibleStructure>find("organisation = ?1 and code = ?2", organisation, seed.code())
                    .firstResultOptional().orElseGet(() -> {
                        ResponsibleStructure created = new ResponsibleStructure();
                        created.organisation = organisation;
                        created.code = seed.code();
                        created.name = seed.name();
                        created.shortName = seed.shortName();
                        created.persist();
                        return created;
                    });
            byCode.put(seed.code(), structure);
        }
        return byCode;
    }

    private void loadUnits(SeedFixture fixture, Organisation organisation) {
        for (var seed : fixture.territorialUnits()) {
            if (TerritorialUnit.count("organisation = ?1 and code = ?2", organisation, seed.code()) == 0) {
                TerritorialUnit unit = new TerritorialUnit();
                unit.organisation = organisation;
                unit.code = seed.code();
                unit.name = seed.name();
                unit.persist();
            }
        }
    }

    private void loadPlan(SeedFixture fixture, Organisation organisation, Map<String, ResponsibleStructure> structures) {
        Plan plan = new Plan();
        plan.organisation = organisation;
        plan.year = fixture.plan().year();
        plan.title = fixture.plan().title();
        // ARTI adopted and published its 2021 plan: the demo data is what the public sees.
        plan.publishedAt = Instant.now();
        plan.persist();
        // The seed writes without the audit trail (nobody made these changes), but its plan has a data version like
        // any other, or its answers would never be kept in memory.
        versions.moved(plan.id);
        MonitoringPeriod interim = null;
        for (var seed : fixture.plan().periods()) {
            MonitoringPeriod period = new MonitoringPeriod();
            period.plan = plan;
            period.kind = seed.kind();
            period.referenceDate = seed.referenceDate();
            period.label = seed.label();
            period.persist();
            if (seed.kind() == PeriodKind.INTERIM) {
                interim = period;
            }
        }
        for (SeedArea seedArea : fixture.plan().areas()) {
            StrategicArea area = writers.areas().create(plan, new AreaCommand(seedArea.number(), seedArea.title()));
            for (SeedObjective seedObjective : seedArea.objectives()) {
                Objective objective = objective(plan, area, seedObjective, structures);
                int position = 1;
                for (SeedIndicator seedIndicator : seedObjective.indicators()) {
                    Indicator indicator = indicator(objective, position++, seedIndicator);
                    seedIndicator.counts().forEach(count -> count(indicator, count));
                    if (seedIndicator.interimResult() != null && interim != null) {
                        result(indicator, interim, seedIndicator);
                    }
                }
                seedObjective.phases().forEach(phase -> phase(objective, phase));
            }
        }
    }

    private Objective objective(Plan plan, StrategicArea area, SeedObjective seed,
            Map<String, ResponsibleStructure> structures) {
        ResponsibleStructure structure = structures.get(seed.responsibleStructure());
        if (structure == null) {
            throw new IllegalStateException("Unknown structure " + seed.responsibleStructure() + " in " + seed.code());
        }
        return writers.objectives().create(plan, new ObjectiveCommand(area.id, seed.code(), seed.title(),
                seed.weight(), seed.notes(), structure.id, seed.programmingLink(), seed.deadline(),
                seed.timelineNumber(), seed.timelineTitle()));
    }

    private Indicator indicator(Objective objective, int position, SeedIndicator seed) {
        return writers.indicators().create(objective, new IndicatorCommand(position, seed.description(), seed.kind(),
                seed.judgedAgainst(), seed.numeratorLabel(), seed.denominatorLabel(), seed.plannedQuantity(),
                seed.baselineValue(), seed.baselineReference(), seed.targetValue(), seed.nextYearsTargetValue(),
                seed.nextYearsTargetRule(), seed.planningNote(), null, null, null));
    }

    private static void count(Indicator indicator, SeedCount seed) {
        IndicatorCount count = new IndicatorCount();
        count.indicator = indicator;
        count.component = seed.component();
        count.spanStart = seed.from();
        count.spanEnd = seed.to();
        count.value = seed.value();
        count.persist();
    }

    private static void result(Indicator indicator, MonitoringPeriod period, SeedIndicator seed) {
        var seedResult = seed.interimResult();
        IndicatorResult result = new IndicatorResult();
        result.indicator = indicator;
        result.period = period;
        result.enteredValue = seedResult.enteredValue();
        result.enteredJustification = seedResult.enteredJustification();
        result.monitoringNote = seedResult.monitoringNote();
        result.dataSource = seedResult.dataSource();
        result.assessmentStep = seedResult.assessment();
        if (seedResult.assessment() != null) {
            result.assessedBy = "Allegato A 2021";
            result.assessedAt = Instant.parse("2021-06-30T00:00:00Z");
        }
        result.persist();
    }

    private void phase(Objective objective, SeedPhase seed) {
        writers.phases().create(objective, new PhaseCommand(seed.number(), seed.description(), seed.output(),
                seed.plannedStart(), seed.plannedEnd(), seed.responsible(), seed.weight()),
                new PhaseProgressCommand(seed.actualEnd(), seed.partialProgress(), seed.monitoringNote(),
                        seed.dataSource()));
    }
}
