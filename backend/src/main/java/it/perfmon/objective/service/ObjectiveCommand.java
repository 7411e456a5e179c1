package it.perfmon.objective.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What defines an objective, whoever writes it; the area and the structure by id. */
public record ObjectiveCommand(
        Long areaId,
        String code,
        String title,
        BigDecimal weight,
        String notes,
        Long responsibleStructureId,
        String programmingLink,
        LocalDate deadline,
        Integer timelineNumber,
        String timelineTitle) {
}
