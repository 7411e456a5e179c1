package it.perfmon.allegato.imports.mapping;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names the Allegato A gives in its own way: the organisation in capitals, structures by their full name. */
public final class Names {

    /** Articles, prepositions and conjunctions, written in lower case inside an Italian name. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "ad", "al", "alla", "alle", "ai", "agli", "allo", "con",
            "da", "dal", "dalla", "dai", "dagli", "dalle", "dello", "di", "del", "della", "dei", "degli", "delle", "e",
            "ed", "gli", "i", "il", "in", "la", "le", "lo", "nel", "nella", "nei", "negli", "nelle", "o", "per", "su",
            "sul", "sulla", "sui", "tra", "fra", "un", "una", "uno", "l", "d", "dell", "all", "dall", "nell", "sull");
    private static final Pattern ABBREVIATION = Pattern.compile(".*\\(([A-Za-z0-9]{2,32})\\)\\s*");
    private static final int CODE_LENGTH = 32;

    private Names() {
    }

    /**
     * "AGENZIA REGIONALE TOSCANA PER L'IMPIEGO" → "Agenzia Regionale Toscana per l'Impiego": words capitalised
     * but for articles and prepositions after the first word, an elided one ("L'") included.
     */
    public static String italianTitleCase(String text) {
        String lower = text.strip().toLowerCase(Locale.ITALIAN);
        StringBuilder out = new StringBuilder(lower.length());
        Matcher words = Pattern.compile("\\p{L}+|[^\\p{L}]+").matcher(lower);
        boolean first = true;
        while (words.find()) {
            String token = words.group();
            if (!Character.isLetter(token.charAt(0))) {
                out.append(token);
                continue;
            }
            boolean minor = !first && MINOR_WORDS.contains(token);
            out.append(minor ? token : Character.toUpperCase(token.charAt(0)) + token.substring(1));
            first = false;
        }
        return out.toString();
    }

    /** Whether two names are the same but for case, accents' composition and spacing. */
    public static boolean same(String a, String b) {
        return a != null && b != null && comparable(a).equals(comparable(b));
    }

    public static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ITALIAN).replaceAll("\\s+", " ")
                .strip();
    }

    /** The abbreviation a name ends with: "Responsabile ... Trasparenza (RPCT)" → "RPCT". */
    public static String abbreviation(String name) {
        Matcher m = ABBREVIATION.matcher(name);
        return m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /**
     * A code for a new responsible structure: its abbreviation ("RPCT"), else its name in capitals without
     * accents, words joined by '-' ("Direzione" → "DIREZIONE"), made unique among the taken codes.
     */
    public static String structureCode(String name, Collection<String> taken) {
        String base = abbreviation(name);
        if (base == null) {
            String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            base = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
            if (base.isEmpty()) {
                base = "STRUTTURA";
            }
        }
        base = base.length() > CODE_LENGTH ? base.substring(0, CODE_LENGTH).replaceAll("-$", "") : base;
        String code = base;
        for (int n = 2; containsIgnoringCase(taken, code); n++) {
            String suffix = "-" + n;
            code = (base.length() + suffix.length() > CODE_LENGTH ? base.substring(0, CODE_LENGTH - suffix.length())
                    : base) + suffix;
        }
        return code;
    }

    private static boolean containsIgnoringCase(Collection<String> codes, String code) {
        return codes.stream().anyMatch(code::equalsIgnoreCase);
    }
}
