package it.perfmon.publication;

import java.util.List;

/** The open data of one closed period, taken from its frozen snapshot so that they never change silently. */
public record OpenDataset(PublishedPeriod period, List<OpenDataRow> rows) {
}
