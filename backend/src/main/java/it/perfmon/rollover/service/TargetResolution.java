package it.perfmon.rollover.service;

import java.math.BigDecimal;

/**
 * How next year's target of an indicator is obtained from this year's plan: the value written in the
 * "target following years" column, or a rule such as {@code >= dato finale anno precedente} resolved against this
 * year's final value. Plain code, so the rule is tested without a server.
 */
public record TargetResolution(BigDecimal value, String rule, String origin, String warning, String warningCode) {

    /** Codes of what is left to do by hand, for clients that say it in another language (with the source year). */
    public static final String NO_NEXT_YEARS_TARGET = "NO_NEXT_YEARS_TARGET";
    public static final String UNKNOWN_RULE = "UNKNOWN_RULE";
    public static final String NO_FINAL_VALUE_FOR_RULE = "NO_FINAL_VALUE_FOR_RULE";

    public static final String FROM_NEXT_YEARS_VALUE = "NEXT_YEARS_VALUE";
    public static final String FROM_RULE = "RULE";
    public static final String NONE = "NONE";

    static TargetResolution of(BigDecimal nextYearsValue, String nextYearsRule, BigDecimal finalValue, int year) {
        if (nextYearsValue != null) {
            return new TargetResolution(nextYearsValue, null, FROM_NEXT_YEARS_VALUE, null, null);
        }
        if (nextYearsRule == null || nextYearsRule.isBlank()) {
            return new TargetResolution(null, null, NONE, "nessun target indicato per gli anni successivi al " + year,
                    NO_NEXT_YEARS_TARGET);
        }
        if (!refersToPreviousFinalValue(nextYearsRule)) {
            return new TargetResolution(null, nextYearsRule, FROM_RULE,
                    "regola non riconosciuta: il target va indicato a mano", UNKNOWN_RULE);
        }
        if (finalValue == null) {
            return new TargetResolution(null, nextYearsRule, FROM_RULE,
                    "dato finale " + year + " non disponibile: il target va indicato quando sarà noto",
                    NO_FINAL_VALUE_FOR_RULE);
        }
        return new TargetResolution(finalValue, nextYearsRule, FROM_RULE, null, null);
    }

    static boolean refersToPreviousFinalValue(String rule) {
        return rule.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").contains("dato finale anno precedente");
    }
}
