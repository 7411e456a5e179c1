package it.perfmon.allegato.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A cell as an Italian reader sees it (188,94%, 31/03/2021): what CSV and PDF print, and what a spreadsheet shows
 * for the XLSX cells with their 0.00% and dd/mm/yyyy formats.
 */
public final class ItalianText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ItalianText() {
    }

    public static String of(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return text.value();
        }
        if (cell instanceof Cell.Percent percent) {
            return percent(percent.percentUnits());
        }
        if (cell instanceof Cell.Day day) {
            return date(day.date());
        }
        if (cell instanceof Cell.Whole whole) {
            return Long.toString(whole.value());
        }
        return "";
    }

    /** Two decimals rounded half-up, only for display: 188.935 gives 188,94%. No thousands separator, as 0.00%. */
    public static String percent(BigDecimal percentUnits) {
        return percentUnits.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
    }

    public static String date(LocalDate date) {
        return DAY.format(date);
    }
}
