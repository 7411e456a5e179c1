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
import it.perfmon.allegato.imports.rest.ImportReport;
import it.perfmon.allegato.imports.rest.ImportRow;
import it.perfmon.allegato.imports.rest.ImportRow.FieldChange;
import it.perfmon.allegato.imports.rest.ImportRow.KeptField;
import it.perfmon.area.StrategicArea;
import it.perfmon.assessment.IndicatorResult;
import it.perfmon.audit.Snapshot;
import it.perfmon.audit.service.AuditTrail;
import it.perfmon.common.EditableEntity;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import it.perfmon.count.CountComponent;
import it.perfmon.count.IndicatorCount;
import it.perfmon.indicator.Indicator;
import it.perfmon.objective.Objective;
import it.perfmon.objective.ObjectiveCodeOrder;
import it.perfmon.organisation.Organisation;
import it.perfmon.organisation.ResponsibleStructure;
import it.perfmon.phase.Phase;
import it.perfmon.plan.MonitoringPeriod;
import jakarta.persistence.LockModeType;
import it.perfmon.plan.PeriodKind;
import it.perfmon.plan.PeriodStatus;
import it.perfmon.plan.Plan;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.PhaseProgress;
import it.perfmon.rules.Ratio;
import it.perfmon.rules.TimelineValue;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Compares what a file says about a plan with what the database holds, entity by entity, and prepares the writes
 * that would make the database say the same. Planning reads only: a dry run is a planning whose writes are never
 * run, so its report is exactly what the import would do. Matching: the organisation by the code in the title,
 * the plan by organisation and year, the period by date, areas by number, objectives by code, indicators by
 * objective and position, phases by objective and number, results by indicator and period. Nothing absent from
 * the file is deleted: it is reported as NOT_IN_FILE.
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
    private final AuditTrail audit;
    private final String actorName;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportRow> notInFile = new ArrayList<>();
    private final List<Runnable> writes = new ArrayList<>();
    private final List<ImportReport.ImportWarning> warnings = new ArrayList<>();
    private final List<FieldError> conflicts = new ArrayList<>();
    private final Map<String, ResponsibleStructure> structures = new HashMap<>();
    private final Map<Integer, StrategicArea> areas = new HashMap<>();
    private Organisation organisation;
    private Plan plan;
    private boolean planCreated;
    private MonitoringPeriod period;

    private Reconciliation(PlanDraft draft, AuditTrail audit, String actorName) {
        this.draft = draft;
        this.audit = audit;
        this.actorName = actorName;
    }

    /** Compares the draft with the database; throws 409 when the file would change what may not change. */
    static Reconciliation plan(PlanDraft draft, AuditTrail audit, String actorName) {
        Reconciliation reconciliation = new Reconciliation(draft, audit, actorName);
        reconciliation.compare();
        return reconciliation;
    }

    /** Runs the prepared writes, each recorded in the audit trail. */
    void apply() {
        writes.forEach(Runnable::run);
        Plan.flush();
    }

    boolean createsPlan() {
        return planCreated;
    }

    ImportReport report(String format, boolean dryRun) {
        List<ImportRow> all = new ArrayList<>(rows);
        all.addAll(notInFile);
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
        if (!planCreated) {
            StrategicArea.<StrategicArea>list("plan", plan).forEach(a -> areas.put(a.number, a));
            Set<Integer> inFile = new LinkedHashSet<>();
            draft.areas().forEach(a -> inFile.add(a.number()));
            areas.values().stream().filter(a -> !inFile.contains(a.number)).sorted(Comparator.comparingInt(a -> a.number))
                    .forEach(a -> absent("area", String.valueOf(a.number)));
        }
        for (AreaDraft area : draft.areas()) {
            area(area);
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
                .forEach(o -> absent("objective", o.code));
        if (!conflicts.isEmpty()) {
            throw new ProblemException(409, ProblemType.CONFLICT, "Conflitto con lo stato attuale",
                    conflicts.get(0).field() + ": " + conflicts.get(0).message(), conflicts);
        }
    }

    private void organisation() {
        String name = Names.italianTitleCase(draft.organisationName());
        organisation = Organisation.findByCode(draft.organisationCode()).orElse(null);
        Change<Organisation> change = organisation == null
                ? created(organisation = new Organisation(), "organisation", draft.organisationCode(), draft.titleAt())
                : existing(organisation, "organisation", organisation.code, draft.titleAt());
        change.set("code", organisation.code, draft.organisationCode(), (o, v) -> o.code = v);
        if (change.created || isPlaceholder(organisation)) {
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
                existing(match, "structure", match.code, firstSeen.get(name)).done();
            } else {
                match = new ResponsibleStructure();
                String code = Names.structureCode(name, takenCodes);
                takenCodes.add(code);
                Change<ResponsibleStructure> change = created(match, "structure", code, firstSeen.get(name));
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
            existing(plan, "plan", key, draft.titleAt()).done();
            return;
        }
        planCreated = true;
        plan = new Plan();
        Change<Plan> change = created(plan, "plan", key, draft.titleAt());
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
                Change<MonitoringPeriod> change = existing(period, "period", ITALIAN_DATE.format(period.referenceDate),
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
        Change<MonitoringPeriod> change = created(created, "period", ITALIAN_DATE.format(date), draft.titleAt());
        change.always(p -> p.plan = plan);
        change.set("kind", null, kind, (p, v) -> p.kind = v);
        change.set("referenceDate", null, date, (p, v) -> p.referenceDate = v);
        change.set("label", null, (kind == PeriodKind.INTERIM ? "Monitoraggio intermedio al " : "Monitoraggio finale al ")
                + ITALIAN_DATE.format(date), (p, v) -> p.label = v);
        change.done();
        return created;
    }

    private void area(AreaDraft draftArea) {
        StrategicArea area = areas.get(draftArea.number());
        String key = String.valueOf(draftArea.number());
        Change<StrategicArea> change = area == null ? created(area = new StrategicArea(), "area", key, draftArea.at())
                : existing(area, "area", key, draftArea.at());
        change.always(a -> a.plan = plan);
        change.set("number", area.number, draftArea.number(), (a, v) -> a.number = v);
        change.set("title", area.title, draftArea.title(), (a, v) -> a.title = v);
        change.done();
        areas.put(draftArea.number(), area);
    }

    private void objective(Objective objective, AreaDraft draftArea, ObjectiveDraft d) {
        boolean isNew = objective == null;
        Objective o = isNew ? new Objective() : objective;
        Change<Objective> change = isNew ? created(o, "objective", d.code(), d.at()) : existing(o, "objective", d.code(), d.at());
        change.always(x -> x.plan = plan);
        change.set("code", o.code, d.code(), (x, v) -> x.code = v);
        change.set("area", o.area, areas.get(draftArea.number()), (x, v) -> x.area = v);
        change.set("title", o.title, d.title(), (x, v) -> x.title = v);
        change.set("weight", o.weight, d.weight(), (x, v) -> x.weight = v);
        change.set("notes", o.notes, d.notes(), (x, v) -> x.notes = v);
        change.set("responsibleStructure", o.responsibleStructure, structures.get(d.responsible()),
                (x, v) -> x.responsibleStructure = v);
        change.set("programmingLink", o.programmingLink, d.programmingLink(), (x, v) -> x.programmingLink = v);
        if (d.timeline() != null) {
            change.set("deadline", o.deadline, d.timeline().deadline(), (x, v) -> x.deadline = v);
            change.set("timelineNumber", o.timelineNumber, d.timeline().number(), (x, v) -> x.timelineNumber = v);
            change.set("timelineTitle", o.timelineTitle, d.timeline().title(), (x, v) -> x.timelineTitle = v);
        } else if (isNew) {
            // Only timelines carry a deadline; the Allegato A's objectives are due by the end of the plan's year.
            change.set("deadline", null, LocalDate.of(draft.year(), 12, 31), (x, v) -> x.deadline = v);
        }
        change.done();

        List<PhaseProgress> phases = phases(o, isNew, d);
        Map<Integer, Indicator> indicators = new HashMap<>();
        if (!isNew) {
            Indicator.<Indicator>list("objective", o).forEach(i -> indicators.put(i.position, i));
        }
        for (IndicatorDraft indicator : d.indicators()) {
            indicator(o, d, indicators.remove(indicator.position()), indicator, phases);
        }
        indicators.values().stream().sorted(Comparator.comparingInt(i -> i.position))
                .forEach(i -> absent("indicator", indicatorKey(d.code(), i.position)));
        if (phases.isEmpty() && d.indicators().stream().anyMatch(i -> i.kind().kind() == IndicatorKind.TIMELINE)) {
            warnings.add(new ImportReport.ImportWarning(d.at().reference(), "l'obiettivo " + d.code() + " ha un indicatore "
                    + "a cronoprogramma ma né il file né il piano ne hanno le fasi", "TIMELINE_WITHOUT_PHASES",
                    Map.of("objective", d.code())));
        }
    }

    /** Writes the file's phases; returns every phase the objective will have, for its timeline's value. */
    private List<PhaseProgress> phases(Objective o, boolean isNew, ObjectiveDraft d) {
        Map<Integer, Phase> existing = new HashMap<>();
        if (!isNew) {
            Phase.<Phase>list("objective", o).forEach(p -> existing.put(p.number, p));
        }
        List<PhaseProgress> progress = new ArrayList<>();
        if (d.timeline() != null) {
            for (PhaseDraft p : d.timeline().phases()) {
                Phase phase = existing.remove(p.number());
                String key = d.code() + " fase " + p.number();
                Change<Phase> change = phase == null ? created(phase = new Phase(), "phase", key, p.at())
                        : existing(phase, "phase", key, p.at());
                change.always(x -> x.objective = o);
                change.set("number", phase.number, p.number(), (x, v) -> x.number = v);
                change.set("description", phase.description, p.description(), (x, v) -> x.description = v);
                change.set("output", phase.output, p.output(), (x, v) -> x.output = v);
                change.set("plannedStart", phase.plannedStart, p.plannedStart(), (x, v) -> x.plannedStart = v);
                change.set("plannedEnd", phase.plannedEnd, p.plannedEnd(), (x, v) -> x.plannedEnd = v);
                change.set("responsible", phase.responsible, p.responsible(), (x, v) -> x.responsible = v);
                change.set("weight", phase.weight, p.weight(), (x, v) -> x.weight = v);
                change.set("actualEnd", phase.actualEnd, p.actualEnd(), (x, v) -> x.actualEnd = v);
                change.set("monitoringNote", phase.monitoringNote, p.monitoringNote(), (x, v) -> x.monitoringNote = v);
                change.set("dataSource", phase.dataSource, p.dataSource(), (x, v) -> x.dataSource = v);
                change.done();
                // Partial progress is not in the Allegato A: the phase keeps its own.
                progress.add(new PhaseProgress(p.number(), p.weight(), p.plannedStart(), p.plannedEnd(), p.actualEnd(),
                        phase.partialProgress));
            }
        }
        existing.values().stream().sorted(Comparator.comparingInt(p -> p.number)).forEach(p -> {
            absent("phase", d.code() + " fase " + p.number);
            progress.add(new PhaseProgress(p.number, p.weight, p.plannedStart, p.plannedEnd, p.actualEnd, p.partialProgress));
        });
        return progress;
    }

    private void indicator(Objective o, ObjectiveDraft objectiveDraft, Indicator indicator, IndicatorDraft d,
            List<PhaseProgress> phases) {
        boolean isNew = indicator == null;
        Indicator i = isNew ? new Indicator() : indicator;
        String key = indicatorKey(objectiveDraft.code(), d.position());
        Change<Indicator> change = isNew ? created(i, "indicator", key, d.at()) : existing(i, "indicator", key, d.at());
        change.always(x -> x.objective = o);
        change.set("position", i.position, d.position(), (x, v) -> x.position = v);
        change.set("description", i.description, d.description(), (x, v) -> x.description = v);
        IndicatorKindRule.Inference kind = d.kind();
        // The kind, the ratio's labels and the planned quantity are not columns of the file but read from its texts:
        // they follow the file when the indicator is new or those texts changed, else a person's choice stands.
        boolean derivedFromChangedTexts = isNew || !Objects.equals(i.description, d.description())
                || !Objects.equals(i.planningNote, d.planningNote()) || !Objects.equals(o.notes, objectiveDraft.notes());
        IndicatorKind effectiveKind = i.kind;
        BigDecimal effectiveQuantity = i.plannedQuantity;
        if (derivedFromChangedTexts) {
            if (!isNew && kind.kind() != i.kind && IndicatorCount.count("indicator", i) > 0) {
                conflicts.add(new FieldError(d.at().reference(), "l'indicatore " + key + " ha conteggi registrati: il "
                        + "tipo non può passare da " + i.kind + " a " + kind.kind()));
            }
            change.set("kind", i.kind, kind.kind(), (x, v) -> x.kind = v);
            change.set("judgedAgainst", i.judgedAgainst, kind.judgedAgainst(), (x, v) -> x.judgedAgainst = v);
            change.set("numeratorLabel", i.numeratorLabel, kind.numeratorLabel(), (x, v) -> x.numeratorLabel = v);
            change.set("denominatorLabel", i.denominatorLabel, kind.denominatorLabel(), (x, v) -> x.denominatorLabel = v);
            change.set("plannedQuantity", i.plannedQuantity, kind.plannedQuantity(), (x, v) -> x.plannedQuantity = v);
            effectiveKind = kind.kind();
            effectiveQuantity = kind.plannedQuantity();
        } else if (kind.kind() != i.kind) {
            change.keep("kind", i.kind.name(), "dal file si dedurrebbe " + kind.kind() + " (" + kind.reason()
                    + "): resta il tipo registrato", "INDICATOR_KIND_KEPT", Map.of("inFile", kind.kind().name()));
        }
        change.set("baselineValue", i.baselineValue, d.baselineValue(), (x, v) -> x.baselineValue = v);
        change.set("baselineReference", i.baselineReference, d.baselineReference(), (x, v) -> x.baselineReference = v);
        change.set("targetValue", i.targetValue, d.targetValue(), (x, v) -> x.targetValue = v);
        change.set("nextYearsTargetValue", i.nextYearsTargetValue, d.nextYearsTargetValue(),
                (x, v) -> x.nextYearsTargetValue = v);
        change.set("nextYearsTargetRule", i.nextYearsTargetRule, d.nextYearsTargetRule(), (x, v) -> x.nextYearsTargetRule = v);
        change.set("planningNote", i.planningNote, d.planningNote(), (x, v) -> x.planningNote = v);
        change.done();
        result(i, isNew, key, d.result(), effectiveKind, effectiveQuantity, phases);
    }

    /**
     * The period's result. Notes, data source and assessment are the file's. The achieved value becomes an entered
     * value only where it differs from what the product computes: a direct value always is one; a computed value
     * (timeline, ratio) that agrees within {@link #TOLERANCE} is left to the computation; an entered value that
     * already agrees is kept with its justification.
     */
    private void result(Indicator i, boolean indicatorIsNew, String indicatorKey, ResultDraft d, IndicatorKind kind,
            BigDecimal plannedQuantity, List<PhaseProgress> phases) {
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
        Change<IndicatorResult> change = existing == null ? created(result, "result", key, d.at())
                : existing(result, "result", key, d.at());
        change.always(r -> {
            r.indicator = i;
            r.period = period;
        });
        change.set("enteredValue", result.enteredValue, targetEntered, (r, v) -> r.enteredValue = v);
        change.set("enteredJustification", result.enteredJustification, targetJustification,
                (r, v) -> r.enteredJustification = v);
        change.set("monitoringNote", result.monitoringNote, d.monitoringNote(), (r, v) -> r.monitoringNote = v);
        change.set("dataSource", result.dataSource, d.dataSource(), (r, v) -> r.dataSource = v);
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

    private void absent(String entity, String key) {
        notInFile.add(new ImportRow(null, null, null, entity, key, "NOT_IN_FILE", List.of(), List.of()));
    }

    private <E extends EditableEntity> Change<E> created(E entity, String name, String key, SourcePosition at) {
        return new Change<>(entity, true, name, key, at);
    }

    private <E extends EditableEntity> Change<E> existing(E entity, String name, String key, SourcePosition at) {
        return new Change<>(entity, false, name, key, at);
    }

    /**
     * The fields of one entity that the import writes, with their old and new values for the report; the setters
     * run only when the import is applied.
     */
    private final class Change<E extends EditableEntity> {

        private final E entity;
        private final boolean created;
        private final String name;
        private final String key;
        private final SourcePosition at;
        private final List<FieldChange> fields = new ArrayList<>();
        private final List<KeptField> kept = new ArrayList<>();
        private final List<Consumer<E>> setters = new ArrayList<>();

        Change(E entity, boolean created, String name, String key, SourcePosition at) {
            this.entity = entity;
            this.created = created;
            this.name = name;
            this.key = key;
            this.at = at;
        }

        /** Sets the field to the file's value where it differs (every field of a new entity); true if it does. */
        <V> boolean set(String field, V current, V target, BiConsumer<E, V> setter) {
            if (!created && same(current, target)) {
                return false;
            }
            if (created && target == null) {
                return false;
            }
            fields.add(new FieldChange(field, created ? null : show(current), show(target)));
            setters.add(e -> setter.accept(e, target));
            return true;
        }

        /** A write the report does not list, such as the link to the parent. */
        void always(Consumer<E> setter) {
            setters.add(setter);
        }

        void keep(String field, Object value, String reason, String code, Map<String, String> params) {
            kept.add(new KeptField(field, show(value), reason, code, params));
        }

        boolean changes() {
            return created || !fields.isEmpty();
        }

        void done() {
            String action = created ? "CREATE" : fields.isEmpty() ? "UNCHANGED" : "UPDATE";
            rows.add(new ImportRow(at == null ? null : at.sheet(), at == null ? null : at.row(),
                    at == null ? null : at.reference(), name, key, action, List.copyOf(fields), List.copyOf(kept)));
            if (created) {
                writes.add(() -> {
                    setters.forEach(s -> s.accept(entity));
                    entity.persist();
                    audit.created(entity);
                });
            } else if (!fields.isEmpty()) {
                writes.add(() -> {
                    Snapshot before = Snapshot.of(entity);
                    setters.forEach(s -> s.accept(entity));
                    audit.updated(entity, before);
                });
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof EditableEntity x && b instanceof EditableEntity y) {
            return x == y || x.id != null && x.id.equals(y.id);
        }
        return Objects.equals(a, b);
    }

    /** How a value appears in the report: plain numbers, ISO dates, areas by number and structures by code. */
    private static String show(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            BigDecimal plain = number.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
        if (value instanceof StrategicArea area) {
            return String.valueOf(area.number);
        }
        if (value instanceof ResponsibleStructure structure) {
            return structure.code;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
