package it.perfmon.allegato.table;

/**
 * Texts a spreadsheet would take for a formula (CSV injection, OWASP): those starting with =, +, -, @, a tab or a
 * carriage return. The lone "-" the source prints for "not applicable" is not one: it stays readable as it is.
 */
public final class FormulaText {

    private FormulaText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty() || text.equals("-")) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
