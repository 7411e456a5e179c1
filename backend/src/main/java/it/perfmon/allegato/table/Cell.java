package it.perfmon.allegato.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One cell of the Allegato A, typed so that each writer renders it natively (a percent stays a number in XLSX). */
public sealed interface Cell {

    Cell BLANK = new Blank();
    Cell MERGED = new Merged();
    /** What the source prints where a value does not apply, e.g. no baseline. */
    Cell DASH = new Text("-");

    static Cell text(String value) {
        return value == null || value.isEmpty() ? BLANK : new Text(value);
    }

    /** A percent in percent units, unrounded, as the report gives it (188.935 means 188,935%); null is blank. */
    static Cell percent(BigDecimal percentUnits) {
        return percentUnits == null ? BLANK : new Percent(percentUnits);
    }

    static Cell date(LocalDate date) {
        return date == null ? BLANK : new Day(date);
    }

    static Cell whole(long value) {
        return new Whole(value);
    }

    record Text(String value) implements Cell {
        public Text {
            Objects.requireNonNull(value);
        }
    }

    record Percent(BigDecimal percentUnits) implements Cell {
        public Percent {
            Objects.requireNonNull(percentUnits);
        }

        /** The value as a fraction (1.88935 for 188,935%), which spreadsheets format with 0.00%. */
        public BigDecimal fraction() {
            return percentUnits.movePointLeft(2);
        }
    }

    record Day(LocalDate date) implements Cell {
        public Day {
            Objects.requireNonNull(date);
        }
    }

    /** A whole number such as an area or phase number. */
    record Whole(long value) implements Cell {
    }

    /** Nothing to show. */
    record Blank() implements Cell {
    }

    /** Blank because a merged region above or to the left covers it. */
    record Merged() implements Cell {
    }
}
