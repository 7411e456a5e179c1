package it.perfmon.allegato.imports.mapping;

import it.perfmon.allegato.imports.document.ItalianValues;
import it.perfmon.rules.IndicatorKind;
import it.perfmon.rules.JudgedAgainst;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an indicator's value is obtained is not a column of the Allegato A: it is read from the description, as a
 * person reading the table does. The rules, checked against every 2021 indicator:
 * <ol>
 * <li>a description that follows a timeline ("Realizzazione ... secondo il cronoprogramma") is
 * {@link IndicatorKind#TIMELINE}: its value comes from the objective's phases (1.1-1.5, 1.7, 2.2, 2.3);</li>
 * <li>a description "A/B" is a ratio of two figures, but only when A is a count ("Numero ...", "N. ...") that
 * someone can post; when it is not (4.2 "Personale formato/personale totale", a share taken from staff records)
 * or when the figures come from a survey (4.1 "Numero utenti soddisfatti/numero utenti su cui è stata effettuata
 * la rilevazione") the value is entered by a person: {@link IndicatorKind#DIRECT};</li>
 * <li>a ratio whose denominator is a planned quantity or last year's figure ("... che si prevede di erogare",
 * "... nell'anno precedente") is {@link IndicatorKind#RATIO_PLANNED}, with the quantity read from the notes (the
 * indicator's planning note, else the objective's): "n. 45.000" (1.4), "20.000 colloqui" (1.5), "18.280 imprese"
 * (3.1). Without a quantity in the notes it is counted as a plain ratio, and said so;</li>
 * <li>any other "A/B" is a {@link IndicatorKind#RATIO} of two counts (1.6, 2.1, 3.2), labelled A and B;</li>
 * <li>everything else is {@link IndicatorKind#DIRECT} (4.4).</li>
 * </ol>
 */
public final class IndicatorKindRule {

    private static final Pattern TIMELINE = Pattern.compile("\\bcronoprogramma\\b");
    private static final Pattern COUNT = Pattern.compile("(numero|n\\.)\\s.*", Pattern.DOTALL);
    private static final Pattern SURVEY = Pattern.compile("soddisf|rilevazion|questionari|indagine|gradimento");
    private static final Pattern PLANNED = Pattern.compile("si prevede|previst[aeio]|programmat[aeio]|pianificat[aeio]"
            + "|anno precedente");
    /** 45.000 or 18.280 (Italian grouping), else "n. 500". */
    private static final Pattern GROUPED_QUANTITY = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+)(?![\\d.,]\\d)");
    private static final Pattern NUMBERED_QUANTITY = Pattern.compile("\\bn\\.\\s*(\\d+)\\b", Pattern.CASE_INSENSITIVE);

    private IndicatorKindRule() {
    }

    /** The kind, the labels of a ratio's terms and a planned quantity, with the reason in Italian. */
    public record Inference(IndicatorKind kind, String numeratorLabel, String denominatorLabel,
            BigDecimal plannedQuantity, String reason, JudgedAgainst judgedAgainst) {

        Inference(IndicatorKind kind, String numeratorLabel, String denominatorLabel, BigDecimal plannedQuantity,
                String reason) {
            this(kind, numeratorLabel, denominatorLabel, plannedQuantity, reason, JudgedAgainst.defaultFor(kind));
        }
    }

    public static Inference infer(String description, String planningNote, String objectiveNotes) {
        String lower = description.toLowerCase(Locale.ITALIAN);
        if (TIMELINE.matcher(lower).find()) {
            return direct(IndicatorKind.TIMELINE, "l'indicatore segue il cronoprogramma");
        }
        int slash = description.indexOf('/');
        boolean oneSlash = slash > 0 && slash == description.lastIndexOf('/') && slash < description.length() - 1;
        if (!oneSlash) {
            return direct(IndicatorKind.DIRECT, "la descrizione non è un rapporto A/B: valore inserito");
        }
        String numerator = description.substring(0, slash).strip();
        String denominator = description.substring(slash + 1).strip();
        if (SURVEY.matcher(lower).find()) {
            // A survey measures a level (the share of satisfied users): it is held to its target, not to the pace.
            return new Inference(IndicatorKind.DIRECT, null, null, null,
                    "rapporto rilevato con un'indagine: valore inserito", JudgedAgainst.TARGET);
        }
        if (!COUNT.matcher(numerator.toLowerCase(Locale.ITALIAN)).matches()) {
            return direct(IndicatorKind.DIRECT, "il numeratore non è un conteggio (\"Numero ...\"): valore inserito");
        }
        if (PLANNED.matcher(denominator.toLowerCase(Locale.ITALIAN)).find()) {
            Optional<BigDecimal> quantity = quantity(planningNote).or(() -> quantity(objectiveNotes));
            if (quantity.isPresent()) {
                return new Inference(IndicatorKind.RATIO_PLANNED, numerator, denominator, quantity.get(),
                        "rapporto su quantità prevista (" + quantity.get().toPlainString() + ", dalle note)");
            }
            return new Inference(IndicatorKind.RATIO, numerator, denominator, null,
                    "denominatore previsto ma nessuna quantità nelle note: rapporto tra due conteggi");
        }
        return new Inference(IndicatorKind.RATIO, numerator, denominator, null, "rapporto tra due conteggi");
    }

    /** The first quantity written in a note: "n. 45.000 politiche attive", "20.000 colloqui", "n. 500". */
    static Optional<BigDecimal> quantity(String note) {
        if (note == null) {
            return Optional.empty();
        }
        Matcher grouped = GROUPED_QUANTITY.matcher(note);
        if (grouped.find()) {
            return ItalianValues.italianNumber(grouped.group(1));
        }
        Matcher numbered = NUMBERED_QUANTITY.matcher(note);
        if (numbered.find()) {
            return Optional.of(new BigDecimal(numbered.group(1))).filter(q -> q.signum() > 0);
        }
        return Optional.empty();
    }

    private static Inference direct(IndicatorKind kind, String reason) {
        return new Inference(kind, null, null, null, reason);
    }
}
