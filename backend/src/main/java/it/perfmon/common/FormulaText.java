package it.perfmon.common;

/**
 * Texts a spreadsheet would take for a formula (CSV injection, OWASP): those starting with =, +, -, @, a tab or a
 * carriage return. The lone "-" the source prints for "not applicable" is not one: it stays readable as it is.
 * Every CSV and spreadsheet the product writes passes people's texts through here.
 */
public final class FormulaText {

    private FormulaText() {
    }

    /** The text with a leading apostrophe when a spreadsheet would take it for a formula, which shows it as text. */
    public static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty() || text.equals("-")) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
