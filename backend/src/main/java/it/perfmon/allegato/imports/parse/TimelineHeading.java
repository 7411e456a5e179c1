package it.perfmon.allegato.imports.parse;

import it.perfmon.allegato.imports.document.ItalianValues;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first line of a timeline: {@code OBIETTIVO - <title> Valore target - entro il 31/12/2021}. */
record TimelineHeading(String title, LocalDate deadline) {

    static final String EXPECTED = "OBIETTIVO - <titolo> Valore target - entro il gg/mm/aaaa";

    private static final Pattern HEADING = Pattern.compile(
            "OBIETTIVO\\s*[-–:]\\s*(.+?)\\s+Valore target\\s*[-–]?\\s*entro il\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A timeline sheet or section name: {@code ARTI crono 4}. */
    static final Pattern SHEET_NAME = Pattern.compile("([A-Za-z0-9_-]{1,32})\\s+crono\\s+(\\d{1,3})",
            Pattern.CASE_INSENSITIVE);

    static Optional<TimelineHeading> parse(String text) {
        Matcher m = HEADING.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return ItalianValues.parseDate(m.group(2)).map(date -> new TimelineHeading(m.group(1).strip(), date));
    }
}
