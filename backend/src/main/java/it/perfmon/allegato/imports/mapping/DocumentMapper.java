package it.perfmon.allegato.imports.mapping;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.document.Cell;
import it.perfmon.allegato.imports.document.InvalidCellException;
import it.perfmon.allegato.imports.document.ItalianValues;
import it.perfmon.allegato.imports.document.SourcePosition;
import it.perfmon.allegato.imports.mapping.PlanDraft.AreaDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.IndicatorDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.ObjectiveDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.PhaseDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.ResultDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.TimelineDraft;
import it.perfmon.allegato.imports.mapping.PlanDraft.Warning;
import it.perfmon.allegato.imports.parse.FileProblems;
import it.perfmon.rules.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the cells of an Allegato A their meaning in the plan: numbers, dates, kinds of indicator, which timeline
 * belongs to which objective. Every cell that cannot be read is reported with its position, all at once; the
 * limits are those of the API and of the schema, so nothing the import writes could be refused there.
 */
public final class DocumentMapper {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");
    /** "Si veda il cronoprogramma ARTI 4": how the table points an objective at its timeline. */
    private static final Pattern TIMELINE_REFERENCE = Pattern.compile("cronoprogramma\\s+(?:[\\p{L}]+\\s+)?(\\d+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_VALUE = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000");

    private final LocalDate today;

    /** @param today the date after which no phase can have ended */
    public DocumentMapper(LocalDate today) {
        this.today = today;
    }

    public PlanDraft map(AllegatoDocument document) {
        return new Mapping(document).run();
    }

    /** One mapping, with its problems and warnings. */
    private final class Mapping {

        private final AllegatoDocument document;
        private final FileProblems problems = new FileProblems();
        private final List<Warning> warnings = new ArrayList<>();

        Mapping(AllegatoDocument document) {
            this.document = document;
        }

        PlanDraft run() {
            String organisationName = limited(document.title(), document.organisationName(), 255, "il nome dell'ente");
            Map<AllegatoDocument.Objective, TimelineDraft> timelines = timelines();
            List<AreaDraft> areas = new ArrayList<>();
            Set<Integer> areaNumbers = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (AllegatoDocument.Area area : document.areas()) {
                Integer number = wholeNumber(area.number(), 1, 99, "il numero dell'ambito");
                if (number != null && !areaNumbers.add(number)) {
                    problems.add(area.number().position(), "ambito " + number + " ripetuto");
                }
                String title = text(area.title(), 500, true, "il titolo dell'ambito");
                List<ObjectiveDraft> objectives = new ArrayList<>();
                for (AllegatoDocument.Objective objective : area.objectives()) {
                    ObjectiveDraft draft = objective(objective, timelines.get(objective));
                    if (draft.code() != null && !codes.add(draft.code())) {
                        problems.add(objective.code().position(), "obiettivo " + draft.code() + " ripetuto");
                    }
                    objectives.add(draft);
                }
                areas.add(new AreaDraft(number == null ? 0 : number, title, area.number().position(), objectives));
            }
            if (codes.isEmpty()) {
                problems.add(document.title().position(), "la tabella non ha righe di obiettivi");
            }
            problems.throwIfAny();
            checkPlanWeights(areas);
            return new PlanDraft(document.title().position(), document.organisationCode(), organisationName,
                    document.year(), document.periodKind(), document.periodDate(), areas, List.copyOf(warnings));
        }

        /**
         * Each timeline belongs to the objective whose notes point at it ("Si veda il cronoprogramma ARTI 4"),
         * else to the one with the same title: timeline titles may be worded differently (4: "DL 4/2019" for
         * "Decreto Legge 4/2015"; 6: "cpi" for "centri per l'impiego").
         */
        private Map<AllegatoDocument.Objective, TimelineDraft> timelines() {
            List<AllegatoDocument.Objective> all = document.areas().stream().flatMap(a -> a.objectives().stream())
                    .toList();
            Map<AllegatoDocument.Objective, TimelineDraft> byObjective = new HashMap<>();
            Set<Integer> numbers = new HashSet<>();
            for (AllegatoDocument.Timeline timeline : document.timelines()) {
                SourcePosition at = timeline.heading().position();
                if (!numbers.add(timeline.number())) {
                    problems.add(at, "cronoprogramma " + timeline.number() + " ripetuto");
                    continue;
                }
                if (!timeline.organisationCode().equalsIgnoreCase(document.organisationCode())) {
                    warnings.add(new Warning(at, "il foglio \"" + timeline.sheet() + "\" porta la sigla "
                            + timeline.organisationCode() + ", il titolo " + document.organisationCode(),
                            "SHEET_ORGANISATION_DIFFERS", Map.of("sheet", timeline.sheet(),
                                    "sheetCode", timeline.organisationCode(), "titleCode", document.organisationCode())));
                }
                List<AllegatoDocument.Objective> pointing = all.stream()
                        .filter(o -> pointsAt(o, timeline.number())).toList();
                if (pointing.size() != 1) {
                    pointing = all.stream().filter(o -> Names.same(o.title().text(), timeline.title())).toList();
                }
                if (pointing.size() != 1) {
                    problems.add(at, "il cronoprogramma " + timeline.number() + " non corrisponde a un solo obiettivo: "
                            + "citarlo nelle note dell'obiettivo (\"Si veda il cronoprogramma " + timeline.organisationCode()
                            + " " + timeline.number() + "\") o dargli lo stesso titolo dell'obiettivo");
                    continue;
                }
                if (byObjective.containsKey(pointing.get(0))) {
                    problems.add(at, "l'obiettivo " + pointing.get(0).code().text() + " ha già il cronoprogramma "
                            + byObjective.get(pointing.get(0)).number());
                    continue;
                }
                byObjective.put(pointing.get(0), timeline(timeline));
            }
            return byObjective;
        }

        private boolean pointsAt(AllegatoDocument.Objective objective, int number) {
            List<String> texts = new ArrayList<>();
            texts.add(objective.notes().text());
            objective.indicators().forEach(i -> texts.add(i.monitoringNote().text()));
            for (String text : texts) {
                Matcher m = TIMELINE_REFERENCE.matcher(text);
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) == number) {
                        return true;
                    }
                }
            }
            return false;
        }

        private TimelineDraft timeline(AllegatoDocument.Timeline timeline) {
            SourcePosition at = timeline.heading().position();
            if (timeline.number() < 1 || timeline.number() > 999) {
                problems.add(at, "numero di cronoprogramma fuori dall'intervallo 1-999");
            }
            String title = limited(timeline.heading(), timeline.title(), 1000, "il titolo del cronoprogramma");
            List<PhaseDraft> phases = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            for (AllegatoDocument.Phase phase : timeline.phases()) {
                PhaseDraft draft = phase(phase);
                if (!numbers.add(draft.number())) {
                    problems.add(phase.number().position(), "fase " + draft.number() + " ripetuta");
                }
                phases.add(draft);
            }
            checkWeights(phases.stream().map(PhaseDraft::weight).toList(), timeline.declaredTotalWeight(), at,
                    "Le fasi del cronoprogramma " + timeline.number(), String.valueOf(timeline.number()), List.of());
            return new TimelineDraft(timeline.number(), title, timeline.deadline(), at, phases);
        }

        private PhaseDraft phase(AllegatoDocument.Phase phase) {
            Integer number = wholeNumber(phase.number(), 1, 99, "il numero della fase");
            LocalDate start = value(phase.plannedStart(), ItalianValues::date);
            LocalDate end = value(phase.plannedEnd(), ItalianValues::date);
            if (start == null) {
                problems.add(phase.plannedStart().position(), "manca l'inizio previsto");
            }
            if (end == null) {
                problems.add(phase.plannedEnd().position(), "manca la fine prevista");
            }
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(phase.plannedEnd().position(), "la fine prevista precede l'inizio previsto");
            }
            LocalDate actualEnd = value(phase.actualEnd(), ItalianValues::date);
            if (actualEnd != null && actualEnd.isAfter(today)) {
                problems.add(phase.actualEnd().position(), "la fine effettiva non può essere nel futuro");
            }
            return new PhaseDraft(number == null ? 0 : number, text(phase.description(), 2000, true,
                    "la descrizione della fase"), text(phase.output(), 1000, false, "l'output"), start, end,
                    text(phase.responsible(), 500, false, "la struttura responsabile"),
                    percent(phase.weight(), HUNDRED, 2, "il peso"), actualEnd,
                    text(phase.monitoringNote(), 10_000, false, "la nota di monitoraggio"),
                    text(phase.dataSource(), 500, false, "la fonte dati"), phase.number().position());
        }

        private ObjectiveDraft objective(AllegatoDocument.Objective objective, TimelineDraft timeline) {
            String code = code(objective.code());
            String notes = text(objective.notes(), 10_000, false, "le note");
            String responsible = text(objective.responsible(), 255, true, "il responsabile dell'attuazione");
            String link = text(objective.programmingLink(), 500, false, "il collegamento con la programmazione");
            List<IndicatorDraft> indicators = new ArrayList<>();
            int position = 1;
            for (AllegatoDocument.Indicator indicator : objective.indicators()) {
                if (position > 99) {
                    problems.add(indicator.description().position(), "più di 99 indicatori per l'obiettivo " + code);
                    break;
                }
                warnIfDiffers(indicator.responsible(), responsible, "responsabile", "responsibleStructure");
                warnIfDiffers(indicator.programmingLink(), link, "collegamento con la programmazione", "programmingLink");
                indicators.add(indicator(indicator, position++, notes));
            }
            return new ObjectiveDraft(code, text(objective.title(), 1000, true, "il titolo dell'obiettivo"),
                    percent(objective.weight(), HUNDRED, 2, "il peso"), notes, responsible, link, timeline,
                    objective.code().position(), indicators);
        }

        /** A later row repeats the objective's cells; a different value there is not the objective's and is dropped. */
        private void warnIfDiffers(Cell repeated, String objectiveValue, String what, String field) {
            if (!repeated.isEmpty() && objectiveValue != null && !Names.same(repeated.text(), objectiveValue)) {
                String text = ItalianValues.shorten(repeated.text());
                warnings.add(new Warning(repeated.position(), "il " + what + " \"" + text
                        + "\" differisce da quello dell'obiettivo e non è importato", "REPEATED_CELL_DIFFERS",
                        Map.of("field", field, "text", text)));
            }
        }

        private IndicatorDraft indicator(AllegatoDocument.Indicator indicator, int position, String objectiveNotes) {
            String description = text(indicator.description(), 1000, true, "la descrizione dell'indicatore");
            String planningNote = text(indicator.planningNote(), 10_000, false, "la nota");
            if (planningNote != null && planningNote.equals(objectiveNotes)) {
                // A later row repeating the objective's notes (unmerged cells) says nothing of its own.
                planningNote = null;
            }
            IndicatorKindRule.Inference kind = description == null ? null
                    : IndicatorKindRule.infer(description, planningNote, objectiveNotes);
            if (kind != null && (length(kind.numeratorLabel()) > 500 || length(kind.denominatorLabel()) > 500)) {
                problems.add(indicator.description().position(), "i termini del rapporto superano 500 caratteri");
            }
            var baseline = value(indicator.baseline(), ItalianValues::percentWithReference);
            if (baseline != null) {
                inRange(indicator.baseline(), baseline.value(), MAX_VALUE, "il valore iniziale");
                if (length(baseline.reference()) > 100) {
                    problems.add(indicator.baseline().position(), "il riferimento del valore iniziale supera 100 caratteri");
                }
            }
            var nextYears = value(indicator.nextYearsTarget(), ItalianValues::percentOrRule);
            if (nextYears != null) {
                inRange(indicator.nextYearsTarget(), nextYears.value(), MAX_VALUE, "il valore target degli anni successivi");
                if (length(nextYears.rule()) > 255) {
                    problems.add(indicator.nextYearsTarget().position(), "la regola supera 255 caratteri");
                }
            }
            ResultDraft result = new ResultDraft(percent(indicator.achieved(), MAX_VALUE, 6, "il valore conseguito"),
                    text(indicator.monitoringNote(), 10_000, false, "la nota di monitoraggio"),
                    text(indicator.dataSource(), 500, false, "la fonte dati"),
                    value(indicator.assessment(), ItalianValues::assessment), indicator.deviationExplanation() != null,
                    optionalText(indicator.deviationExplanation(), "la motivazione dello scostamento"),
                    optionalText(indicator.correctiveActions(), "gli interventi correttivi"),
                    indicator.description().position());
            return new IndicatorDraft(position, description, kind,
                    baseline == null ? null : scaled(baseline.value(), 6), baseline == null ? null : baseline.reference(),
                    percent(indicator.target(), MAX_VALUE, 6, "il valore target"),
                    nextYears == null ? null : scaled(nextYears.value(), 6), nextYears == null ? null : nextYears.rule(),
                    planningNote, result, indicator.description().position());
        }

        private void checkPlanWeights(List<AreaDraft> areas) {
            List<BigDecimal> weights = new ArrayList<>();
            List<String> withoutWeight = new ArrayList<>();
            areas.forEach(area -> area.objectives().forEach(o -> {
                weights.add(o.weight());
                if (o.weight() == null) {
                    withoutWeight.add(o.code());
                }
            }));
            checkWeights(weights, document.declaredTotalWeight(), document.title().position(), "Gli obiettivi", null,
                    withoutWeight);
        }

        /** A warning when weights do not add up to the total the file declares (or to 100%). */
        private void checkWeights(List<BigDecimal> weights, Cell declared, SourcePosition at, String whose,
                String timelineNumber, List<String> withoutWeight) {
            BigDecimal sum = weights.stream().filter(w -> w != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal expected = HUNDRED;
            SourcePosition where = at;
            if (declared != null) {
                BigDecimal value = value(declared, ItalianValues::percent);
                expected = value == null ? HUNDRED : value;
                where = declared.position();
            }
            if (sum.compareTo(expected) != 0 || !withoutWeight.isEmpty()) {
                warnings.add(new Warning(where, whose + " pesano in tutto " + Percent.display(sum) + ", il totale "
                        + "indicato è " + Percent.display(expected)
                        + (withoutWeight.isEmpty() ? "" : "; senza peso: " + String.join(", ", withoutWeight)),
                        timelineNumber == null ? "OBJECTIVE_WEIGHTS_DO_NOT_SUM" : "PHASE_WEIGHTS_DO_NOT_SUM",
                        Map.of("timeline", timelineNumber == null ? "" : timelineNumber, "sum", Percent.display(sum),
                                "expected", Percent.display(expected), "withoutWeight", String.join(", ", withoutWeight))));
            }
        }

        private String code(Cell cell) {
            String code = cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : cell.text();
            if (code.isEmpty()) {
                problems.add(cell.position(), "manca il codice dell'obiettivo");
                return null;
            }
            if (code.length() > 16 || !CODE.matcher(code).matches()) {
                problems.add(cell.position(), "codice dell'obiettivo non valido: \"" + ItalianValues.shorten(code) + "\" (formato atteso: 1.2)");
                return null;
            }
            return code;
        }

        private String text(Cell cell, int max, boolean required, String what) {
            if (cell.isEmpty()) {
                if (required) {
                    problems.add(cell.position(), "manca " + what);
                }
                return null;
            }
            return limited(cell, cell.text(), max, what);
        }

        /** A text of a column the file may lack (null). */
        private String optionalText(Cell cell, String what) {
            return cell == null ? null : text(cell, 10_000, false, what);
        }

        private String limited(Cell cell, String text, int max, String what) {
            if (text != null && text.length() > max) {
                problems.add(cell.position(), what + " supera " + max + " caratteri");
            }
            return text;
        }

        private BigDecimal percent(Cell cell, BigDecimal max, int scale, String what) {
            BigDecimal value = value(cell, ItalianValues::percent);
            inRange(cell, value, max, what);
            return scaled(value, scale);
        }

        private void inRange(Cell cell, BigDecimal value, BigDecimal max, String what) {
            if (value != null && (value.signum() < 0 || value.compareTo(max) > 0)) {
                problems.add(cell.position(), what + " deve essere tra 0 e " + Percent.display(max));
            }
        }

        private Integer wholeNumber(Cell cell, int min, int max, String what) {
            Integer value = value(cell, ItalianValues::wholeNumber);
            if (value == null) {
                if (cell.isEmpty()) {
                    problems.add(cell.position(), "manca " + what);
                }
                return null;
            }
            if (value < min || value > max) {
                problems.add(cell.position(), what + " deve essere tra " + min + " e " + max);
                return null;
            }
            return value;
        }

        /** The cell's value, or null: when the cell cannot be read, its problem is recorded. */
        private <T> T value(Cell cell, Function<Cell, Optional<T>> reader) {
            try {
                return reader.apply(cell).orElse(null);
            } catch (InvalidCellException e) {
                problems.add(cell.position(), e.getMessage());
                return null;
            }
        }
    }

    private static BigDecimal scaled(BigDecimal value, int scale) {
        // Values are stored with this many decimals: reading them at the same scale makes a re-import of what was
        // stored compare equal instead of differing in the seventh decimal of a spreadsheet's double.
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

}
