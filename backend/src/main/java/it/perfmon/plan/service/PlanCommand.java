package it.perfmon.plan.service;

/** What defines a plan beside its organisation. */
public record PlanCommand(int year, String title) {
}
