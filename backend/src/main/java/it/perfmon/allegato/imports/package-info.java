/**
 * Import of the Allegato A (issue 6): a workbook in the layout the XLSX export writes, or tab-separated text in
 * the layout of the 2021 reference file, becomes a plan.
 *
 * <p>The stages, each in its package: {@code parse} reads either layout into one {@code document} model (cells
 * with their text and position); {@code mapping} gives the cells their meaning (Italian numbers and dates,
 * indicator kinds, which timeline is whose) and refuses, cell by cell, what cannot be read; {@code service}
 * compares the resulting draft with the database and writes the differences in one transaction, through the
 * audit trail, each plan entity through its feature's writer, so that the rules of the API hold for the import;
 * {@code model} is the import's report; {@code rest} takes the upload.
 *
 * <p>Decisions:
 * <ul>
 * <li>The organisation is the one whose code is in the title's brackets; it is created when missing (there is no
 * other way to add one), named from the title. A name that is only the code (as the first administrator's
 * start-up leaves it) is replaced by the title's; another name is kept and the difference reported.</li>
 * <li>Responsible structures are matched by name, short name or code; missing ones are created, coded by their
 * abbreviation ("(RPCT)") or their name in capitals.</li>
 * <li>A new plan is titled "Piano della performance &lt;year&gt;" and gets the file's period and the other of
 * the usual pair (interim at 30 June, final at 31 December). An existing plan keeps its title.</li>
 * <li>Objectives without a timeline in the file get the end of the plan's year as deadline when created; their
 * deadline is otherwise left as it is, since only timelines carry one.</li>
 * <li>The kind of an indicator, its ratio's labels and its planned quantity are read from its description and
 * notes ({@code mapping.IndicatorKindRule}); on an existing indicator they change only when those texts change, so
 * that a person's choice is not undone by a re-import.</li>
 * <li>The achieved value becomes an entered value only where it differs from what the product computes (by more
 * than 0,01 points: the file prints two decimals and truncates at least once); direct values are always entered.
 * Counts are not in the file, so a ratio imported into a plan without counts gets its printed value entered,
 * justified "Valore riportato nell'Allegato A importato".</li>
 * <li>Nothing is deleted: what the database has and the file lacks is reported as NOT_IN_FILE.</li>
 * </ul>
 *
 * <p>"The same plan" (what importing the reference into an empty database must give, compared with the seed in
 * {@code EmptyDatabaseImportTest}): every field of the organisation, structures, plan, periods, areas,
 * objectives, indicators, phases and interim results, and every indicator's value shown at the period within
 * 0,01 points; except what the file cannot carry: counts (replaced by entered values), the wording of an
 * override's justification, territorial units, and who assessed when.
 */
package it.perfmon.allegato.imports;
