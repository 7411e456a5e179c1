package it.perfmon.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Whether a set of weights (objectives of a plan, phases of a timeline) is complete and sums to 100. */
public record WeightCheck(BigDecimal sum, int missing, boolean complete) {

    public static WeightCheck of(List<BigDecimal> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        int missing = 0;
        for (BigDecimal weight : weights) {
            if (weight == null) {
                missing++;
            } else {
                sum = sum.add(weight);
            }
        }
        boolean complete = missing == 0 && sum.compareTo(Decimals.HUNDRED) == 0;
        return new WeightCheck(Decimals.plain(sum), missing, complete);
    }

    /** The warning shown beside a score or a timeline whose weights cannot be trusted. */
    public Optional<String> warning() {
        if (complete) {
            return Optional.empty();
        }
        String sumText = "La somma dei pesi è " + Percent.display(sum);
        if (sum.compareTo(Decimals.HUNDRED) == 0) {
            // The sum is right, so saying "dovrebbe essere 100%" would confuse: the gap is the unknown weights.
            return Optional.of(sumText + (missing == 1 ? " ma manca 1 peso" : " ma mancano " + missing + " pesi"));
        }
        String missingText = switch (missing) {
            case 0 -> "";
            case 1 -> " (1 peso mancante)";
            default -> " (" + missing + " pesi mancanti)";
        };
        return Optional.of(sumText + missingText + ": dovrebbe essere 100%");
    }
}
