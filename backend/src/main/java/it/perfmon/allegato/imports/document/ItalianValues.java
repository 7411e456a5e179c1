package it.perfmon.allegato.imports.document;

import it.perfmon.rules.AssessmentStep;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of an Allegato A as Italians write them: {@code 188,94%}, {@code 45.000}, {@code 31/03/2021}
 * and {@code 31/03/21}, {@code -} for "no value", {@code 95,20% dato 2020} (a value and what it refers to),
 * {@code >= dato finale anno precedente} (a rule instead of a value), {@code 3. secondo le aspettative}.
 */
public final class ItalianValues {

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?";
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s*%");
    private static final Pattern PERCENT_AND_TEXT = Pattern.compile(NUMBER + "\\s*%\\s*(.*)", Pattern.DOTALL);
    private static final Pattern PLAIN_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern ASSESSMENT = Pattern.compile("([1-5])\\s*[.)]?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern MARKUP = Pattern.compile("</?(?:b|i|u|strong|em|br|span)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private ItalianValues() {
    }

    /** The dash (or an en or em dash) that the Allegato A puts where there is no value. */
    public static boolean isDash(String text) {
        String t = text.strip();
        return t.equals("-") || t.equals("–") || t.equals("—");
    }

    /**
     * A cell's text as a person reads it: the bold markup of the text export removed, non-breaking spaces made
     * ordinary, surrounding blanks dropped.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return MARKUP.matcher(raw).replaceAll("").replace('\u00A0', ' ').strip();
    }

    /** {@code 188,94%} → 188.94; a spreadsheet's 1.8894 formatted as a percentage → 188.94; empty for "-". */
    public static Optional<BigDecimal> percent(Cell cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            return Optional.of(percentOfNumber(cell));
        }
        if (cell.date() != null) {
            throw new InvalidCellException("attesa una percentuale (es. 6,00%), trovata una data");
        }
        Matcher m = PERCENT.matcher(cell.text());
        if (!m.matches()) {
            throw new InvalidCellException("attesa una percentuale (es. 6,00%) o \"-\", trovato \"" + shorten(cell.text())
                    + "\"");
        }
        return Optional.of(number(m.group(1), m.group(2)));
    }

    /** A value with what it refers to, such as {@code 95,20% dato 2020}. */
    public record ValueWithReference(BigDecimal value, String reference) {
    }

    /** {@code 95,20% dato 2020} → 95.20 and "dato 2020"; {@code 100,00%} → 100 and no reference. */
    public static Optional<ValueWithReference> percentWithReference(Cell cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            return Optional.of(new ValueWithReference(percentOfNumber(cell), null));
        }
        Matcher m = PERCENT_AND_TEXT.matcher(cell.text());
        if (!m.matches()) {
            throw new InvalidCellException("attesa una percentuale con l'eventuale riferimento (es. 95,20% dato 2020),"
                    + " trovato \"" + shorten(cell.text()) + "\"");
        }
        String reference = m.group(3).strip();
        return Optional.of(new ValueWithReference(number(m.group(1), m.group(2)), reference.isEmpty() ? null : reference));
    }

    /** A target for later years: a value, or a rule resolved later ({@code >= dato finale anno precedente}). */
    public record ValueOrRule(BigDecimal value, String rule) {
    }

    public static Optional<ValueOrRule> percentOrRule(Cell cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        if (cell.number() != null || PERCENT.matcher(cell.text()).matches()) {
            return percent(cell).map(value -> new ValueOrRule(value, null));
        }
        if (cell.date() != null || Character.isDigit(cell.text().charAt(0))) {
            throw new InvalidCellException("attesa una percentuale (es. 85,00%) o una regola (es. >= dato finale anno "
                    + "precedente), trovato \"" + shorten(cell.text()) + "\"");
        }
        return Optional.of(new ValueOrRule(null, cell.text()));
    }

    /** A date cell, or {@code 31/03/2021} or {@code 31/03/21} (taken as 2021). */
    public static Optional<LocalDate> date(Cell cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        if (cell.date() != null) {
            return Optional.of(cell.date());
        }
        return Optional.of(parseDate(cell.text()).orElseThrow(() -> new InvalidCellException(
                "attesa una data gg/mm/aaaa, trovato \"" + shorten(cell.text()) + "\"")));
    }

    public static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        // Two-digit years (31/03/21) occur in the 2021 table; an Allegato A speaks of this century.
        if (m.group(3).length() == 2) {
            year += 2000;
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            throw new InvalidCellException("la data \"" + text.strip() + "\" non esiste");
        }
    }

    /** A whole number such as a phase's or an area's number; a spreadsheet's 3.0 is 3. */
    public static Optional<Integer> wholeNumber(Cell cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = cell.number();
        if (value == null && cell.date() == null && cell.text().matches("\\d{1,9}")) {
            value = new BigDecimal(cell.text());
        }
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw new InvalidCellException("atteso un numero intero, trovato \"" + shorten(cell.text()) + "\"");
        }
        return Optional.of(value.intValueExact());
    }

    /** {@code 45.000} → 45000, {@code 1.234,5} → 1234.5 (Italian grouping and decimal comma). */
    public static Optional<BigDecimal> italianNumber(String text) {
        Matcher m = PLAIN_NUMBER.matcher(text.strip());
        return m.matches() ? Optional.of(number(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * {@code 3. secondo le aspettative} → 3; the step's number alone or its description alone are read too. A
     * number whose description belongs to another step is refused, since one of the two is a slip.
     */
    public static Optional<Integer> assessment(Cell cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        if (cell.number() != null) {
            return Optional.of(step(cell.number().stripTrailingZeros().toPlainString(), ""));
        }
        Matcher m = ASSESSMENT.matcher(cell.text());
        if (m.matches()) {
            return Optional.of(step(m.group(1), m.group(2)));
        }
        for (AssessmentStep step : AssessmentStep.values()) {
            if (label(step.label()).equals(label(cell.text()))) {
                return Optional.of(step.code());
            }
        }
        throw new InvalidCellException("attesa una valutazione da 1 a 5 (es. 3. secondo le aspettative), trovato \""
                + shorten(cell.text()) + "\"");
    }

    private static int step(String number, String description) {
        AssessmentStep step;
        try {
            step = AssessmentStep.fromCode(Integer.parseInt(number));
        } catch (IllegalArgumentException e) {
            throw new InvalidCellException("attesa una valutazione da 1 a 5, trovato " + number);
        }
        if (!description.isBlank() && !label(step.label()).equals(label(description))) {
            throw new InvalidCellException("la valutazione " + number + " è \"" + step.label() + "\", non \""
                    + shorten(description.strip()) + "\"");
        }
        return step.code();
    }

    /** Descriptions compared without regard to case, dash kind or spacing. */
    private static String label(String text) {
        return text.toLowerCase(Locale.ITALIAN).replaceAll("[–—]", "-").replaceAll("\\s+", " ").strip();
    }

    private static BigDecimal percentOfNumber(Cell cell) {
        // A number formatted as a percentage is stored as a fraction (0.06 shows as 6,00%); an unformatted one is
        // read as it shows (6 means 6%), as a person typing 6 in a "Peso %" column means.
        return cell.percentFormat() ? cell.number().movePointRight(2) : cell.number();
    }

    private static BigDecimal number(String integerPart, String decimals) {
        return new BigDecimal(integerPart.replace(".", "") + (decimals == null ? "" : "." + decimals));
    }

    /** A cell's text short enough to quote in a message. */
    public static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
