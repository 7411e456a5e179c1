package it.perfmon.collection.service;

import java.time.LocalDate;

public record OpenCommand(LocalDate deadline, String message) {
}
