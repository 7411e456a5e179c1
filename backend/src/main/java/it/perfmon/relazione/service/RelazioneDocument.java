package it.perfmon.relazione.service;

import it.perfmon.document.PublishedDocument;
import it.perfmon.document.PublishedDocument.Align;
import it.perfmon.document.PublishedDocument.Block;
import it.perfmon.document.PublishedDocument.Heading;
import it.perfmon.document.PublishedDocument.Paragraph;
import it.perfmon.document.PublishedDocument.RowStyle;
import it.perfmon.document.PublishedDocument.Table;
import it.perfmon.document.PublishedDocument.TableCell;
import it.perfmon.document.PublishedDocument.TableRow;
import it.perfmon.report.model.PlanReport;
import it.perfmon.report.model.PlanReport.AssessmentCount;
import it.perfmon.report.model.PlanReport.IndicatorDeviation;
import it.perfmon.report.model.PlanReport.ReportArea;
import it.perfmon.report.model.PlanReport.ReportIndicator;
import it.perfmon.report.model.PlanReport.ReportObjective;
import it.perfmon.rules.Achievement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Relazione sulla performance of a closed final period as a {@link PublishedDocument}, in the words an agency
 * uses: a summary of the plan's score and of the valutazione sintetica, then per area and objective the indicators'
 * target, value, achievement and assessment, the deviations with their explanations and corrective actions, the
 * evidence with its SHA-256, and the OIV's validation. The figures are the frozen report's, as in the Allegato A.
 */
public final class RelazioneDocument {

    static final String LANGUAGE = "it-IT";
    static final String NO_VALIDATION = "Validazione dell'OIV non ancora registrata.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String DASH = "-";

    private final PlanReport report;
    private final List<RelazioneEvidence> evidence;
    private final Optional<RelazioneValidation> validation;
    private final ZoneId zone;
    private final List<Block> blocks = new ArrayList<>();

    private RelazioneDocument(PlanReport report, List<RelazioneEvidence> evidence,
            Optional<RelazioneValidation> validation, ZoneId zone) {
        this.report = report;
        this.evidence = List.copyOf(evidence);
        this.validation = validation;
        this.zone = zone;
    }

    /**
     * @param report the frozen report of the plan's closed final period
     * @param evidence the evidence of the plan's objectives on file at the closing
     * @param validation the OIV's validation, when recorded
     * @param zone the agency's time zone, for the dates of closing and validation
     */
    public static PublishedDocument of(PlanReport report, List<RelazioneEvidence> evidence,
            Optional<RelazioneValidation> validation, ZoneId zone) {
        return new RelazioneDocument(report, evidence, validation, zone).build();
    }

    static String title(PlanReport.ReportPlan plan) {
        return "Relazione sulla performance " + plan.year();
    }

    private PublishedDocument build() {
        PlanReport.ReportPlan plan = report.plan();
        blocks.add(new Heading(1, title(plan)));
        blocks.add(Paragraph.of(plan.organisationName() + " (" + plan.organisationCode() + ")"));
        blocks.add(Paragraph.of(introduction()));
        summary();
        for (ReportArea area : report.areas()) {
            area(area);
        }
        validation();
        return new PublishedDocument(title(plan) + " – " + plan.organisationName(), plan.organisationName(),
                "Risultati organizzativi " + plan.year() + " rispetto al " + plan.title() + ", al "
                        + date(report.period().referenceDate()), LANGUAGE, false, blocks);
    }

    private String introduction() {
        PlanReport.ReportPlan plan = report.plan();
        StringBuilder text = new StringBuilder("La presente Relazione illustra, ai sensi dell'art. 10, comma 1, "
                + "lettera b), del d.lgs. 150/2009, i risultati organizzativi raggiunti nel " + plan.year()
                + " rispetto agli obiettivi del " + plan.title() + ", come rilevati dal "
                + lowerFirst(report.period().label()));
        if (report.frozen() != null && report.frozen().closedAt() != null) {
            text.append(" e consolidati alla chiusura del periodo, il ")
                    .append(DAY.format(report.frozen().closedAt().atZone(zone)));
        }
        text.append(". Per ciascun ambito strategico e obiettivo sono riportati i valori target, i valori conseguiti, "
                + "il grado di raggiungimento e la valutazione sintetica di ogni indicatore, gli scostamenti con le "
                + "relative motivazioni e gli interventi correttivi, e gli elementi probativi a supporto, ciascuno con "
                + "la sua impronta SHA-256, che ne consente la verifica.");
        return text.toString();
    }

    private void summary() {
        blocks.add(new Heading(2, "Sintesi dei risultati"));
        PlanReport.ReportScore score = report.score();
        List<ReportObjective> objectives = report.areas().stream().flatMap(a -> a.objectives().stream()).toList();
        long indicators = objectives.stream().mapToLong(o -> o.indicators().size()).sum();
        long deviations = objectives.stream().flatMap(o -> o.indicators().stream())
                .filter(i -> i.deviation() != null).count();
        blocks.add(Paragraph.of("Grado di raggiungimento complessivo del piano: " + percent(score.value()) + ". "
                + "Obiettivi: " + objectives.size() + "; indicatori: " + indicators + "; indicatori con scostamento "
                + "(in ritardo o al di sotto del valore atteso): " + deviations + "."));
        if (score.weights() != null && score.weights().warning() != null) {
            blocks.add(new Paragraph(score.weights().warning(), true));
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(heading("Valutazione sintetica", "Indicatori"));
        int total = 0;
        for (AssessmentCount count : report.assessmentSummary()) {
            rows.add(new TableRow(RowStyle.BODY, List.of(rowHeader(stepLabel(count.step(), count.label())),
                    number(count.indicators()))));
            total += count.indicators();
        }
        rows.add(new TableRow(RowStyle.TOTAL, List.of(rowHeader("Totale"), number(total))));
        blocks.add(new Table("Indicatori per valutazione sintetica", List.of(4, 1), rows, 1));

        List<TableRow> achievements = new ArrayList<>();
        achievements.add(heading("Obiettivo", "Struttura responsabile", "Peso", "Grado di raggiungimento"));
        for (ReportObjective objective : objectives) {
            achievements.add(new TableRow(RowStyle.BODY, List.of(
                    rowHeader(objective.code() + " " + objective.title()),
                    TableCell.of(objective.responsibleStructure().name()),
                    right(percent(objective.weight())), right(percent(objective.achievement())))));
        }
        achievements.add(new TableRow(RowStyle.TOTAL, List.of(new TableCell("Piano", 2, 1, Align.LEFT, true),
                right(percent(score.weights() == null ? null : score.weights().sum())), right(percent(score.value())))));
        blocks.add(new Table("Grado di raggiungimento degli obiettivi", List.of(8, 4, 2, 3), achievements, 1));
    }

    private void area(ReportArea area) {
        blocks.add(new Heading(2, "Ambito strategico " + area.number() + " – " + area.title()));
        if (area.objectives().isEmpty()) {
            blocks.add(Paragraph.of("Nessun obiettivo in questo ambito."));
        }
        for (ReportObjective objective : area.objectives()) {
            objective(objective);
        }
    }

    private void objective(ReportObjective objective) {
        blocks.add(new Heading(3, "Obiettivo " + objective.code() + " – " + objective.title()));
        blocks.add(Paragraph.of("Struttura responsabile: " + objective.responsibleStructure().name() + ". Peso: "
                + (objective.weight() == null ? "non indicato" : percent(objective.weight()))
                + ". Grado di raggiungimento: " + percent(objective.achievement()) + "."));
        if (objective.indicators().isEmpty()) {
            blocks.add(Paragraph.of("L'obiettivo non ha indicatori."));
        } else {
            indicators(objective);
        }
        deviations(objective);
        evidence(objective);
    }

    private void indicators(ReportObjective objective) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(heading("Indicatore", "Valore target", "Valore conseguito", "Raggiungimento", "Valutazione sintetica"));
        for (ReportIndicator indicator : objective.indicators()) {
            PlanReport.Assessment assessment = indicator.result().assessment();
            rows.add(new TableRow(RowStyle.BODY, List.of(
                    rowHeader(indicator.definition().position() + ". " + indicator.definition().description()),
                    right(percent(indicator.target().targetValue())),
                    right(achieved(indicator)),
                    right(achievement(indicator)),
                    TableCell.of(assessment == null ? "non valutato"
                            : stepLabel(assessment.step(), assessment.label())))));
        }
        blocks.add(new Table("Indicatori dell'obiettivo " + objective.code(), List.of(8, 3, 3, 4, 5), rows, 1));
    }

    private void deviations(ReportObjective objective) {
        List<ReportIndicator> behind = objective.indicators().stream()
                .filter(i -> i.deviation() != null || hasText(i.result().deviationExplanation())
                        || hasText(i.result().correctiveActions()))
                .toList();
        if (behind.isEmpty()) {
            return;
        }
        blocks.add(new Heading(4, "Scostamenti e interventi correttivi"));
        for (ReportIndicator indicator : behind) {
            IndicatorDeviation deviation = indicator.deviation();
            String what = "Indicatore " + indicator.definition().position();
            blocks.add(Paragraph.of(what + (deviation == null ? "." : ": " + deviation.describe() + ".")));
            blocks.add(Paragraph.of("Motivazione dello scostamento: "
                    + orElse(indicator.result().deviationExplanation(), "non indicata.")));
            blocks.add(Paragraph.of("Interventi correttivi: "
                    + orElse(indicator.result().correctiveActions(), "non indicati.")));
        }
    }

    private void evidence(ReportObjective objective) {
        List<RelazioneEvidence> files = evidence.stream().filter(e -> e.objectiveId() == objective.id()).toList();
        blocks.add(new Heading(4, "Elementi probativi"));
        if (files.isEmpty()) {
            blocks.add(Paragraph.of("Nessun elemento probatorio allegato."));
            return;
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(heading("File", "Riferito a", "Tipo", "Dimensione", "Impronta SHA-256"));
        for (RelazioneEvidence file : files) {
            rows.add(new TableRow(RowStyle.BODY, List.of(rowHeader(file.fileName()), TableCell.of(file.attachedTo()),
                    TableCell.of(RelazioneFormats.typeName(file.mediaType())), right(RelazioneFormats.size(file.size())),
                    TableCell.of(file.sha256()))));
        }
        blocks.add(new Table("Elementi probativi dell'obiettivo " + objective.code(), List.of(6, 3, 2, 3, 9), rows, 1));
    }

    private void validation() {
        blocks.add(new Heading(2, "Validazione dell'OIV"));
        if (validation.isEmpty()) {
            blocks.add(Paragraph.of(NO_VALIDATION));
            return;
        }
        RelazioneValidation v = validation.get();
        blocks.add(Paragraph.of("Esito: " + v.outcomeLabel() + "."));
        if (hasText(v.reasoning())) {
            blocks.add(Paragraph.of("Motivazione: " + v.reasoning().strip()));
        }
        StringBuilder by = new StringBuilder("Validazione registrata");
        if (hasText(v.validatedBy())) {
            by.append(" da ").append(v.validatedBy());
        }
        if (v.validatedAt() != null) {
            by.append(" il ").append(DAY.format(v.validatedAt().atZone(zone)));
        }
        blocks.add(Paragraph.of(by.append('.').toString()));
    }

    /**
     * The value used, as the Allegato A prints it: a timeline none of whose phases has progressed has achieved
     * nothing yet, and shows "-".
     */
    private static String achieved(ReportIndicator indicator) {
        BigDecimal value = indicator.valueUsed();
        boolean timelineNotStarted = "TIMELINE".equals(indicator.definition().kind())
                && "COMPUTED".equals(indicator.value().valueSource())
                && value != null && value.signum() == 0;
        return value == null || timelineNotStarted ? DASH : percent(value);
    }

    private static String achievement(ReportIndicator indicator) {
        return Achievement.of(indicator.valueUsed(), indicator.target().targetValue())
                .map(a -> percent(a.raw())).orElse(DASH);
    }

    /** "3. secondo le aspettative", as in the Allegato A; "non valutato" has no step. */
    private static String stepLabel(Integer step, String label) {
        return step == null ? label : step + ". " + label;
    }

    /** Two decimals rounded half-up, as the Allegato A shows them: 188,94%. */
    static String percent(BigDecimal value) {
        return value == null ? DASH : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
    }

    private static String date(LocalDate day) {
        return DAY.format(day);
    }

    private static TableRow heading(String... texts) {
        return new TableRow(RowStyle.HEADING, java.util.Arrays.stream(texts).map(TableCell::of).toList());
    }

    private static TableCell rowHeader(String text) {
        return new TableCell(text, 1, 1, Align.LEFT, true);
    }

    private static TableCell right(String text) {
        return new TableCell(text, 1, 1, Align.RIGHT, false);
    }

    private static TableCell number(long value) {
        return right(Long.toString(value));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String orElse(String text, String otherwise) {
        return hasText(text) ? text.strip() : otherwise;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
