package it.perfmon.publication;

/** The licence the open data are published under (CC BY 4.0 unless configured otherwise). */
public record Licence(String name, String url) {
}
