package it.perfmon.collection.service;

import java.time.LocalDate;

/** Lead days and frequency are optional: null takes the service's defaults. */
public record OpenCommand(LocalDate deadline, String message, Integer leadDays, Integer everyDays) {
}
