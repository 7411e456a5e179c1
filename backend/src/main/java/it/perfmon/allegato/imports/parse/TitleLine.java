package it.perfmon.allegato.imports.parse;

import it.perfmon.allegato.imports.document.InvalidCellException;
import it.perfmon.allegato.imports.document.ItalianValues;
import it.perfmon.plan.PeriodKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of an Allegato A: {@code AGENZIA REGIONALE TOSCANA PER L'IMPIEGO (ARTI) - MONITORAGGIO INTERMEDIO AL
 * 30/06/2021}: the organisation's name and code, the kind of monitoring and its date.
 */
record TitleLine(String organisationName, String organisationCode, PeriodKind kind, LocalDate date) {

    static final String EXPECTED = "ORGANIZZAZIONE (SIGLA) - MONITORAGGIO INTERMEDIO|FINALE AL gg/mm/aaaa";

    private static final Pattern TITLE = Pattern.compile(
            "(.+?)\\s*\\(([A-Za-z0-9_-]{1,32})\\)\\s*[-–]\\s*MONITORAGGIO\\s+(INTERMEDIO|FINALE)\\s+AL\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE);

    static Optional<TitleLine> parse(String text) {
        Matcher m = TITLE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date;
        try {
            date = ItalianValues.parseDate(m.group(4));
        } catch (InvalidCellException e) {
            date = Optional.empty();
        }
        if (date.isEmpty()) {
            return Optional.empty();
        }
        PeriodKind kind = m.group(3).equalsIgnoreCase("FINALE") ? PeriodKind.FINAL : PeriodKind.INTERIM;
        return Optional.of(new TitleLine(m.group(1).strip(), m.group(2).toUpperCase(java.util.Locale.ROOT), kind,
                date.get()));
    }
}
