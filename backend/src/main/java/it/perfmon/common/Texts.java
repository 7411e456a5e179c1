package it.perfmon.common;

/** Small text normalisations shared by the services. */
public final class Texts {

    private Texts() {
    }

    /** Optional texts are stored as null when empty, so "no note" has one representation. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Escapes LIKE wildcards with '!' so a user's "%" or "_" is searched literally. */
    public static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
