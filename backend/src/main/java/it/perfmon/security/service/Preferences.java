package it.perfmon.security.service;

/** What a person decides for themselves: where their reminders go, and whether they get any. */
public record Preferences(String email, boolean remindersEnabled) {
}
