package it.perfmon.count;

/** Which side of a ratio a count feeds. */
public enum CountComponent {
    NUMERATOR, DENOMINATOR
}
