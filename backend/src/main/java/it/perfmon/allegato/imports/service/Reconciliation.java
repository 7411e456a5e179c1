package it.perfmon.allegato.imports.service;

import it.perfmon.allegato.imports.document.SourcePosition;
import it.perfmon.allegato.imports.mapping.IndicatorKindRule;
import it.perfmon.allegato.imports.mapping.Names;
import it.perfmon.allegato.imports.mapping.PlanDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.AreaDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.IndicatorDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.ObjectiveDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.PhaseDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.ResultDraft;
import it.perfmon.allegato.imports.model.ImportReport;
import it.perfmon.allegato.imports.model.ImportRow;
import it.perfmon.allegato.imports.service.ImportChanges.Change;
import it.perfmon.area.StrategicArea;
import it.perfmon.area.service.AreaCommand;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.indicator.service.IndicatorCommand;
import it.perfmon.indicator.service.IndicatorWriter;
import it.perfmon.objective.Objective;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.objective.service.ObjectiveCommand;
import it.perfmon.objective.service.ObjectiveWriter;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.phase.Phase;
import it.perfmon.phase.service.PhaseCommand;
import it.perfmon.phase.service.PhaseProgressCommand;
import it.perfmon.phase.service.PhaseWriter;
import it.perfmon.plan.MonitoringPeriod;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.Plan;
import it.perfmon.plan.service.PlanWriters;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import it.perfmon.rules.PhaseProgress;
import it.perfmon.rules.Ratio;
import it.perfmon.rules.TimelineValue;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Compares what a file says about a plan with what the database holds, entity by entity, and prepares the writes
 * that would make the database say the same, each plan entity through its writer. Planning reads only: a dry run is
 * a planning whose writes are never run, so its report is exactly what the import would do; what the file's values
 * break of a writer's rules is a conflict of the cell that holds them, found while planning. Matching: the
 * organisation by the code in the title, the plan by organisation and year, the period by date, areas by number,
 * objectives by code, indicators by objective and position, phases by objective and number, results by indicator
 * and period. Nothing absent from the file is deleted: it is reported as NOT_IN_FILE.
 */
final class Reconciliation {

    /** Why an imported value overrides the computed one. */
    static final String JUSTIFICATION = "Valore riportato nell'Allegato A importato";
    /**
     * The file prints values with two decimals, and the 2021 table truncates at least once (85,38% for
     * 15.609 / 18.280 = 85,388...%): a printed value within a hundredth of a point of the computed or stored one is
     * the same value.
     */
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanDraft draft;
    private final PlanWriters writers;
    private final String actorName;
    private final ImportChanges changes;
    private final List<ImportReport.ImportWarning> warnings = new ArrayList<>();
    private final List<FieldError> conflicts = new ArrayList<>();
    private final Map<String, ResponsibleStructure> structures = new HashMap<>();
    private final Map<Integer, Change<StrategicArea>> areas = new HashMap<>();
    private Organisation organisation;
    private Plan plan;
    private boolean planCreated;
    private MonitoringPeriod period;

    private Reconciliation(PlanDraft draft, AuditTrail audit, PlanWriters writers, String actorName) {
        this.draft = draft;
        this.changes = new ImportChanges(audit);
        this.writers = writers;
        this.actorName = actorName;
    }

    /** Compares the draft with the database; throws 409 when the file would change what may not change. */
    static Reconciliation plan(PlanDraft draft, AuditTrail audit, PlanWriters writers, String actorName) {
        Reconciliation reconciliation = new Reconciliation(draft, audit, writers, actorName);
        reconciliation.compare();
        return reconciliation;
    }

    /** Runs the prepared writes, each recorded in the audit trail. */
    void apply() {
        changes.apply();
        Plan.flush();
    }

    boolean createsPlan() {
        return planCreated;
    }

    ImportReport report(String format, boolean dryRun) {
        List<ImportRow> all = changes.rows();
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(row -> counts.merge(row.action(), 1, Integer::sum));
        List<ImportReport.ImportWarning> allWarnings = new ArrayList<>();
        draft.warnings().forEach(w -> allWarnings.add(new ImportReport.ImportWarning(w.at().reference(), w.message(),
                w.code(), w.params())));
        allWarnings.addAll(warnings);
        return new ImportReport(dryRun, format, draft.organisationCode(), draft.year(),
                new ImportReport.ImportPeriod(draft.periodKind().name(), draft.periodDate()), plan == null ? null : plan.id,
                new ImportReport.ImportSummary(counts.getOrDefault("CREATE", 0), counts.getOrDefault("UPDATE", 0),
                        counts.getOrDefault("UNCHANGED", 0), counts.getOrDefault("NOT_IN_FILE", 0)),
                List.copyOf(allWarnings), List.copyOf(all));
    }

    private void compare() {
        organisation();
        structures();
        plan();
        period();
        Map<Integer, StrategicArea> existingAreas = new HashMap<>();
        if (!planCreated) {
            StrategicArea.<StrategicArea>list("plan", plan).forEach(a -> existingAreas.put(a.number, a));
            Set<Integer> inFile = new LinkedHashSet<>();
            draft.areas().forEach(a -> inFile.add(a.number()));
            existingAreas.values().stream().filter(a -> !inFile.contains(a.number))
                    .sorted(Comparator.comparingInt(a -> a.number))
                    .forEach(a -> changes.absent("area", String.valueOf(a.number)));
        }
        for (AreaDraft area : draft.areas()) {
            area(existingAreas.get(area.number()), area);
        }
        Map<String, Objective> objectives = new HashMap<>();
        if (!planCreated) {
            Objective.<Objective>list("plan", plan).forEach(o -> objectives.put(o.code, o));
        }
        for (AreaDraft area : draft.areas()) {
            for (ObjectiveDraft objective : area.objectives()) {
                objective(objectives.remove(objective.code()), area, objective);
            }
        }
        objectives.values().stream().sorted(Comparator.comparing((Objective o) -> o.code, ObjectiveCodeOrder.ORDER))
                .forEach(o -> changes.absent("objective", o.code));
        if (!conflicts.isEmpty()) {
            throw new ProblemException(409, ProblemType.CONFLICT, "Conflitto con lo stato attuale",
                    conflicts.get(0).field() + ": " + conflicts.get(0).message(), conflicts);
        }
    }

    private void organisation() {
        String name = Names.italianTitleCase(draft.organisationName());
        organisation = Organisation.findByCode(draft.organisationCode()).orElse(null);
        Change<Organisation> change = organisation == null
                ? changes.created(organisation = new Organisation(), "organisation", draft.organisationCode(),
                        draft.titleAt())
                : changes.existing(organisation, "organisation", organisation.code, draft.titleAt());
        change.set("code", organisation.code, draft.organisationCode(), (o, v) -> o.code = v);
        if (change.created() || isPlaceholder(organisation)) {
            change.set("name", organisation.name, name, (o, v) -> o.name = v);
        } else if (!Names.same(organisation.name, name)) {
            change.keep("name", organisation.name, "il titolo del file lo chiama \"" + draft.organisationName()
                    + "\": resta il nome registrato", "ORGANISATION_NAME_KEPT", Map.of("inFile", draft.organisationName()));
        }
        change.done();
    }

    /** A name that is only the code is what the first administrator's start-up gives an unknown organisation. */
    private static boolean isPlaceholder(Organisation organisation) {
        return organisation.name == null || organisation.name.equalsIgnoreCase(organisation.code);
    }

    /** Responsible structures by name (or short name, or code); those the organisation lacks are created. */
    private void structures() {
        List<ResponsibleStructure> known = organisation.id == null ? List.of()
                : ResponsibleStructure.<ResponsibleStructure>list("organisation", organisation);
        List<String> takenCodes = new ArrayList<>(known.stream().map(s -> s.code).toList());
        Set<String> names = new LinkedHashSet<>();
        Map<String, SourcePosition> firstSeen = new HashMap<>();
        draft.areas().forEach(a -> a.objectives().forEach(o -> {
            if (names.add(o.responsible())) {
                firstSeen.put(o.responsible(), o.at());
            }
        }));
        for (String name : names) {
            ResponsibleStructure match = known.stream().filter(s -> Names.same(s.name, name)
                    || Names.same(s.shortName, name) || s.code.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (match != null) {
                changes.existing(match, "structure", match.code, firstSeen.get(name)).done();
            } else {
                match = new ResponsibleStructure();
                String code = Names.structureCode(name, takenCodes);
                takenCodes.add(code);
                Change<ResponsibleStructure> change = changes.created(match, "structure", code, firstSeen.get(name));
                change.always(s -> s.organisation = organisation);
                change.set("code", null, code, (s, v) -> s.code = v);
                change.set("name", null, name, (s, v) -> s.name = v);
                change.set("shortName", null, Names.abbreviation(name), (s, v) -> s.shortName = v);
                change.done();
            }
            structures.put(name, match);
        }
    }

    private void plan() {
        String key = draft.organisationCode() + " " + draft.year();
        plan = organisation.id == null ? null
                : Plan.<Plan>find("organisation = ?1 and year = ?2", organisation, draft.year()).firstResult();
        if (plan != null) {
            changes.existing(plan, "plan", key, draft.titleAt()).done();
            return;
        }
        planCreated = true;
        plan = new Plan();
        Change<Plan> change = changes.created(plan, "plan", key, draft.titleAt());
        change.always(p -> p.organisation = organisation);
        // An Allegato A is the monitoring table of a plan the agency has adopted and published already.
        change.always(p -> p.publishedAt = Instant.now());
        change.set("year", null, draft.year(), (p, v) -> p.year = v);
        change.set("title", null, "Piano della performance " + draft.year(), (p, v) -> p.title = v);
        change.done();
    }

    /** The file's period; a new plan also gets the other of the usual pair (interim 30 June, final 31 December). */
    private void period() {
        if (!planCreated) {
            period = MonitoringPeriod.<MonitoringPeriod>find("plan = ?1 and referenceDate = ?2", plan, draft.periodDate())
                    .firstResult();
            if (period != null) {
                // Its status decides whether results may change: read as committed and held until the import
                // commits, so that a close waits for the import rather than freezing a report it then changes.
                MonitoringPeriod.getEntityManager().refresh(period, LockModeType.PESSIMISTIC_READ);
                Change<MonitoringPeriod> change = changes.existing(period, "period", ITALIAN_DATE.format(period.referenceDate),
                        draft.titleAt());
                if (period.kind != draft.periodKind()) {
                    change.keep("kind", period.kind.name(), "il titolo indica " + draft.periodKind().name()
                            + ": resta il tipo registrato", "PERIOD_KIND_KEPT", Map.of("inFile", draft.periodKind().name()));
                }
                change.done();
                return;
            }
        }
        period = newPeriod(draft.periodKind(), draft.periodDate());
        if (planCreated) {
            boolean interim = draft.periodKind() == PeriodKind.INTERIM;
            newPeriod(interim ? PeriodKind.FINAL : PeriodKind.INTERIM,
                    interim ? LocalDate.of(draft.year(), 12, 31) : LocalDate.of(draft.year(), 6, 30));
        }
    }

    private MonitoringPeriod newPeriod(PeriodKind kind, LocalDate date) {
        MonitoringPeriod created = new MonitoringPeriod();
        Change<MonitoringPeriod> change = changes.created(created, "period", ITALIAN_DATE.format(date), draft.titleAt());
        change.always(p -> p.plan = plan);
        change.set("kind", null, kind, (p, v) -> p.kind = v);
        change.set("referenceDate", null, date, (p, v) -> p.referenceDate = v);
        change.set("label", null, (kind == PeriodKind.INTERIM ? "Monitoraggio intermedio al " : "Monitoraggio finale al ")
                + ITALIAN_DATE.format(date), (p, v) -> p.label = v);
        change.done();
        return created;
    }

    private void area(StrategicArea area, AreaDraft d) {
        String key = String.valueOf(d.number());
        Change<StrategicArea> change = area == null ? changes.created(null, "area", key, d.at())
                : changes.existing(area, "area", key, d.at());
        change.compare("number", x -> x.number, d.number());
        change.compare("title", x -> x.title, d.title());
        AreaCommand command = new AreaCommand(d.number(), d.title());
        change.written(() -> writers.areas().create(plan, command), x -> writers.areas().update(x, command));
        areas.put(d.number(), change);
    }

    private void objective(Objective objective, AreaDraft draftArea, ObjectiveDraft d) {
        boolean isNew = objective == null;
        Change<Objective> change = isNew ? changes.created(null, "objective", d.code(), d.at())
                : changes.existing(objective, "objective", d.code(), d.at());
        Change<StrategicArea> area = areas.get(draftArea.number());
        ResponsibleStructure structure = structures.get(d.responsible());
        change.compare("code", x -> x.code, d.code());
        // Areas are matched by number: the objective's area is the file's when their numbers agree.
        change.compare("area", x -> x.area.number, draftArea.number());
        change.compare("title", x -> x.title, d.title());
        change.compare("weight", x -> x.weight, d.weight());
        change.compare("notes", x -> x.notes, d.notes());
        change.compare("responsibleStructure", x -> x.responsibleStructure, structure);
        change.compare("programmingLink", x -> x.programmingLink, d.programmingLink());
        LocalDate deadline;
        Integer timelineNumber;
        String timelineTitle;
        if (d.timeline() != null) {
            deadline = d.timeline().deadline();
            timelineNumber = d.timeline().number();
            timelineTitle = d.timeline().title();
            change.compare("deadline", x -> x.deadline, deadline);
            change.compare("timelineNumber", x -> x.timelineNumber, timelineNumber);
            change.compare("timelineTitle", x -> x.timelineTitle, timelineTitle);
        } else if (isNew) {
            // Only timelines carry a deadline; the Allegato A's objectives are due by the end of the plan's year.
            deadline = LocalDate.of(draft.year(), 12, 31);
            timelineNumber = null;
            timelineTitle = null;
            change.compare("deadline", x -> x.deadline, deadline);
        } else {
            deadline = objective.deadline;
            timelineNumber = objective.timelineNumber;
            timelineTitle = objective.timelineTitle;
        }
        // The ids of an area or a structure that the import creates are known only once it is written.
        Supplier<ObjectiveCommand> command = () -> new ObjectiveCommand(area.entity() == null ? null : area.entity().id,
                d.code(), d.title(), d.weight(), d.notes(), structure.id, d.programmingLink(), deadline, timelineNumber,
                timelineTitle);
        if (change.changes()) {
            refuse(d.at(), "l'obiettivo " + d.code(), ObjectiveWriter.problems(draft.year(), command.get()));
        }
        change.written(() -> writers.objectives().create(plan, command.get()),
                x -> writers.objectives().update(x, command.get()));

        List<PhaseProgress> phases = phases(change, objective, d);
        Map<Integer, Indicator> indicators = new HashMap<>();
        if (!isNew) {
            Indicator.<Indicator>list("objective", objective).forEach(i -> indicators.put(i.position, i));
        }
        for (IndicatorDraft indicator : d.indicators()) {
            indicator(change, d, indicators.remove(indicator.position()), indicator, phases);
        }
        indicators.values().stream().sorted(Comparator.comparingInt(i -> i.position))
                .forEach(i -> changes.absent("indicator", indicatorKey(d.code(), i.position)));
        if (phases.isEmpty() && d.indicators().stream().anyMatch(i -> i.kind().kind() == IndicatorKind.TIMELINE)) {
            warnings.add(new ImportReport.ImportWarning(d.at().reference(), "l'obiettivo " + d.code() + " ha un indicatore "
                    + "a cronoprogramma ma né il file né il piano ne hanno le fasi", "TIMELINE_WITHOUT_PHASES",
                    Map.of("objective", d.code())));
        }
    }

    /**
     * Plans the file's phases of an objective ({@code objective} is null when it is new); returns every phase the
     * objective will have, for its timeline's value.
     */
    private List<PhaseProgress> phases(Change<Objective> parent, Objective objective, ObjectiveDraft d) {
        Map<Integer, Phase> existing = new HashMap<>();
        if (objective != null) {
            Phase.<Phase>list("objective", objective).forEach(p -> existing.put(p.number, p));
        }
        List<PhaseProgress> progress = new ArrayList<>();
        if (d.timeline() != null) {
            for (PhaseDraft p : d.timeline().phases()) {
                Phase phase = existing.remove(p.number());
                // Partial progress is not in the Allegato A: the phase keeps its own.
                BigDecimal partialProgress = phase == null ? null : phase.partialProgress;
                phase(parent, phase, d.code(), p, partialProgress);
                progress.add(new PhaseProgress(p.number(), p.weight(), p.plannedStart(), p.plannedEnd(), p.actualEnd(),
                        partialProgress));
            }
        }
        existing.values().stream().sorted(Comparator.comparingInt(p -> p.number)).forEach(p -> {
            changes.absent("phase", d.code() + " fase " + p.number);
            progress.add(new PhaseProgress(p.number, p.weight, p.plannedStart, p.plannedEnd, p.actualEnd, p.partialProgress));
        });
        return progress;
    }

    private void phase(Change<Objective> parent, Phase phase, String objectiveCode, PhaseDraft p,
            BigDecimal partialProgress) {
        String key = objectiveCode + " fase " + p.number();
        Change<Phase> change = phase == null ? changes.created(null, "phase", key, p.at()) : changes.existing(phase, "phase", key, p.at());
        change.compare("number", x -> x.number, p.number());
        change.compare("description", x -> x.description, p.description());
        change.compare("output", x -> x.output, p.output());
        change.compare("plannedStart", x -> x.plannedStart, p.plannedStart());
        change.compare("plannedEnd", x -> x.plannedEnd, p.plannedEnd());
        change.compare("responsible", x -> x.responsible, p.responsible());
        change.compare("weight", x -> x.weight, p.weight());
        change.compare("actualEnd", x -> x.actualEnd, p.actualEnd());
        change.compare("monitoringNote", x -> x.monitoringNote, p.monitoringNote());
        change.compare("dataSource", x -> x.dataSource, p.dataSource());
        PhaseWriter phases = writers.phases();
        PhaseCommand definition = new PhaseCommand(p.number(), p.description(), p.output(), p.plannedStart(),
                p.plannedEnd(), p.responsible(), p.weight());
        PhaseProgressCommand progress = new PhaseProgressCommand(p.actualEnd(), partialProgress, p.monitoringNote(),
                p.dataSource());
        if (change.changes()) {
            refuse(p.at(), "la fase " + key, PhaseWriter.problems(definition));
            refuse(p.at(), "la fase " + key, phases.progressProblems(progress));
        }
        change.written(() -> phases.create(parent.entity(), definition, progress), x -> {
            phases.update(x, definition);
            phases.report(x, progress);
        });
    }

    /** Plans the indicator ({@code indicator} is null when it is new) and its result at the file's period. */
    private void indicator(Change<Objective> parent, ObjectiveDraft objectiveDraft, Indicator indicator,
            IndicatorDraft d, List<PhaseProgress> phases) {
        boolean isNew = indicator == null;
        String key = indicatorKey(objectiveDraft.code(), d.position());
        Change<Indicator> change = isNew ? changes.created(null, "indicator", key, d.at())
                : changes.existing(indicator, "indicator", key, d.at());
        change.compare("position", x -> x.position, d.position());
        change.compare("description", x -> x.description, d.description());
        IndicatorKindRule.Inference inferred = d.kind();
        // The kind, the ratio's labels and the planned quantity are not columns of the file but read from its texts:
        // they follow the file when the indicator is new or those texts changed, else a person's choice stands.
        boolean derivedFromChangedTexts = isNew || !Objects.equals(indicator.description, d.description())
                || !Objects.equals(indicator.planningNote, d.planningNote())
                || !Objects.equals(parent.entity().notes, objectiveDraft.notes());
        IndicatorKind kind;
        JudgedAgainst judgedAgainst;
        String numeratorLabel;
        String denominatorLabel;
        BigDecimal plannedQuantity;
        if (derivedFromChangedTexts) {
            if (!isNew && inferred.kind() != indicator.kind && IndicatorCount.count("indicator", indicator) > 0) {
                conflicts.add(new FieldError(d.at().reference(), "l'indicatore " + key + " ha conteggi registrati: il "
                        + "tipo non può passare da " + indicator.kind + " a " + inferred.kind()));
            }
            kind = inferred.kind();
            judgedAgainst = inferred.judgedAgainst();
            numeratorLabel = inferred.numeratorLabel();
            denominatorLabel = inferred.denominatorLabel();
            plannedQuantity = inferred.plannedQuantity();
            change.compare("kind", x -> x.kind, kind);
            change.compare("judgedAgainst", x -> x.judgedAgainst, judgedAgainst);
            change.compare("numeratorLabel", x -> x.numeratorLabel, numeratorLabel);
            change.compare("denominatorLabel", x -> x.denominatorLabel, denominatorLabel);
            change.compare("plannedQuantity", x -> x.plannedQuantity, plannedQuantity);
        } else {
            if (inferred.kind() != indicator.kind) {
                change.keep("kind", indicator.kind.name(), "dal file si dedurrebbe " + inferred.kind() + " ("
                        + inferred.reason() + "): resta il tipo registrato", "INDICATOR_KIND_KEPT",
                        Map.of("inFile", inferred.kind().name()));
            }
            kind = indicator.kind;
            judgedAgainst = indicator.judgedAgainst;
            numeratorLabel = indicator.numeratorLabel;
            denominatorLabel = indicator.denominatorLabel;
            plannedQuantity = indicator.plannedQuantity;
        }
        change.compare("baselineValue", x -> x.baselineValue, d.baselineValue());
        change.compare("baselineReference", x -> x.baselineReference, d.baselineReference());
        change.compare("targetValue", x -> x.targetValue, d.targetValue());
        change.compare("nextYearsTargetValue", x -> x.nextYearsTargetValue, d.nextYearsTargetValue());
        change.compare("nextYearsTargetRule", x -> x.nextYearsTargetRule, d.nextYearsTargetRule());
        change.compare("planningNote", x -> x.planningNote, d.planningNote());
        IndicatorCommand command = new IndicatorCommand(d.position(), d.description(), kind, judgedAgainst,
                numeratorLabel, denominatorLabel, plannedQuantity, d.baselineValue(), d.baselineReference(),
                d.targetValue(), d.nextYearsTargetValue(), d.nextYearsTargetRule(), d.planningNote(), null, null, null);
        if (change.changes()) {
            refuse(d.at(), "l'indicatore " + key, IndicatorWriter.problems(command, !isNew && indicator.decimalCounts));
        }
        change.written(() -> writers.indicators().create(parent.entity(), command),
                x -> writers.indicators().update(x, command));
        result(change, indicator, key, d.result(), kind, plannedQuantity, phases);
    }

    /** What the file's values break of a writer's rules, as conflicts of the cell that holds them. */
    private void refuse(SourcePosition at, String what, List<FieldError> problems) {
        problems.forEach(p -> conflicts.add(new FieldError(at.reference(), what + ", " + p.field() + ": " + p.message())));
    }

    /**
     * The period's result ({@code i} is null when the indicator is new). Notes, data source and assessment are the file's. The achieved value becomes an entered
     * value only where it differs from what the product computes: a direct value always is one; a computed value
     * (timeline, ratio) that agrees within {@link #TOLERANCE} is left to the computation; an entered value that
     * already agrees is kept with its justification.
     */
    private void result(Change<Indicator> owner, Indicator i, String indicatorKey, ResultDraft d, IndicatorKind kind,
            BigDecimal plannedQuantity, List<PhaseProgress> phases) {
        boolean indicatorIsNew = i == null;
        IndicatorResult existing = indicatorIsNew || period.id == null ? null
                : IndicatorResult.<IndicatorResult>find("indicator = ?1 and period = ?2", i, period).firstResult();
        BigDecimal entered = existing == null ? null : existing.enteredValue;
        String justification = existing == null ? null : existing.enteredJustification;
        BigDecimal targetEntered;
        String targetJustification;
        BigDecimal achieved = d.achieved();
        if (achieved == null) {
            targetEntered = null;
            targetJustification = null;
        } else if (entered != null && close(entered, achieved)) {
            targetEntered = entered;
            targetJustification = justification;
        } else if (kind == IndicatorKind.DIRECT) {
            targetEntered = achieved;
            targetJustification = justification;
        } else {
            BigDecimal computed = computed(i, indicatorIsNew, kind, plannedQuantity, phases);
            boolean agrees = computed != null && close(computed, achieved);
            targetEntered = agrees ? null : achieved;
            targetJustification = agrees ? null : justification != null ? justification : JUSTIFICATION;
        }
        if (existing == null && d.isEmpty()) {
            return;
        }
        IndicatorResult result = existing == null ? new IndicatorResult() : existing;
        String key = indicatorKey + " al " + ITALIAN_DATE.format(draft.periodDate());
        Change<IndicatorResult> change = existing == null ? changes.created(result, "result", key, d.at())
                : changes.existing(result, "result", key, d.at());
        change.always(r -> {
            r.indicator = owner.entity();
            r.period = period;
        });
        change.set("enteredValue", result.enteredValue, targetEntered, (r, v) -> r.enteredValue = v);
        change.set("enteredJustification", result.enteredJustification, targetJustification,
                (r, v) -> r.enteredJustification = v);
        change.set("monitoringNote", result.monitoringNote, d.monitoringNote(), (r, v) -> r.monitoringNote = v);
        change.set("dataSource", result.dataSource, d.dataSource(), (r, v) -> r.dataSource = v);
        if (d.deviationInFile()) {
            change.set("deviationExplanation", result.deviationExplanation, d.deviationExplanation(),
                    (r, v) -> r.deviationExplanation = v);
            change.set("correctiveActions", result.correctiveActions, d.correctiveActions(),
                    (r, v) -> r.correctiveActions = v);
        }
        if (change.set("assessmentStep", result.assessmentStep, d.assessmentStep(), (r, v) -> r.assessmentStep = v)) {
            change.always(r -> {
                r.assessedBy = r.assessmentStep == null ? null : actorName;
                r.assessedAt = r.assessmentStep == null ? null : Instant.now();
            });
        }
        if (period.status == PeriodStatus.CLOSED && change.changes()) {
            conflicts.add(new FieldError(d.at().reference(), "il periodo " + period.label + " è chiuso: il risultato di "
                    + indicatorKey + " non si modifica"));
        }
        change.done();
    }

    /** What the product computes for the indicator at the file's period, from the phases and counts it will have. */
    private BigDecimal computed(Indicator i, boolean isNew, IndicatorKind kind, BigDecimal plannedQuantity,
            List<PhaseProgress> phases) {
        return switch (kind) {
            case TIMELINE -> phases.isEmpty() ? null : TimelineValue.at(phases, draft.periodDate());
            case RATIO, RATIO_PLANNED -> {
                Map<CountComponent, BigDecimal> counts = isNew ? Map.of() : counts(i);
                BigDecimal denominator = kind == IndicatorKind.RATIO_PLANNED ? plannedQuantity
                        : counts.get(CountComponent.DENOMINATOR);
                yield Ratio.percent(counts.get(CountComponent.NUMERATOR), denominator).orElse(null);
            }
            case DIRECT -> null;
        };
    }

    private Map<CountComponent, BigDecimal> counts(Indicator i) {
        Map<CountComponent, BigDecimal> sums = new EnumMap<>(CountComponent.class);
        IndicatorCount.getEntityManager().createQuery("""
                select c.component, sum(c.value) from IndicatorCount c
                where c.indicator = :indicator and c.spanEnd <= :date group by c.component""", Object[].class)
                .setParameter("indicator", i).setParameter("date", draft.periodDate()).getResultList()
                .forEach(row -> sums.put((CountComponent) row[0], (BigDecimal) row[1]));
        return sums;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) < 0;
    }

    private static String indicatorKey(String code, int position) {
        return code + " indicatore " + position;
    }
}
