package it.perfmon.area.service;

/** What defines a strategic area, whoever writes it. */
public record AreaCommand(int number, String title) {
}
