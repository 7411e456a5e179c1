package it.perfmon.allegato.imports.parse;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.document.Cell;
import it.perfmon.allegato.imports.document.InvalidCellException;
import it.perfmon.allegato.imports.document.ItalianValues;
import it.perfmon.allegato.imports.document.SourcePosition;
import it.perfmon.allegato.imports.parse.TableRows.AreaRows;
import it.perfmon.allegato.imports.parse.TableRows.ObjectiveRows;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Allegato A as tab-separated text, in the layout of the 2021 reference file: a title line, two heading
 * lines, one line per indicator, the total of the weights, a footnote, then one section per timeline
 * ({@code # ARTI crono N}) with its OBIETTIVO line, heading line, phases and "Peso complessivo" line.
 *
 * <p>Where the spreadsheet had merged cells the text has none, so rows are shifted left and are realigned here by
 * what their cells are: a row starting with an area number opens an area; one starting with an objective code
 * (1.6) has no area cells; one whose first cell is a description continues the objective above; a cell after the
 * objective's title that is not a percentage means the weight is missing; a later row of an objective with at most
 * three cells after its targets has lost the merged notes, responsible, link and value cells (4.4).
 */
public final class TextLayoutParser {

    public static final String MAIN_SHEET = "Allegato A";

    private static final Pattern AREA_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern OBJECTIVE_CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,3})+");
    private static final Pattern PERCENT_OR_DASH = Pattern.compile("(\\d{1,3}(\\.\\d{3})*|\\d+)(,\\d+)?\\s*%|[-–—]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d+\\).*", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("#+\\s*(.*)");
    private static final int TARGET_CELLS = 4;
    /** From the objective's code to the assessment: code, title, weight, indicator, 3 values and 7 more. */
    private static final int FULL_OBJECTIVE_ROW = 14;
    private static final int FULL_TAIL = 7;
    private static final int MERGED_TAIL = 3;

    private final int maxLines;

    public TextLayoutParser(int maxLines) {
        this.maxLines = maxLines;
    }

    public AllegatoDocument parse(byte[] bytes) {
        String content = decode(bytes);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<String> lines = List.of(content.split("\r\n|\n|\r", -1));
        if (lines.size() > maxLines) {
            throw FileProblems.unreadable("file", "Il file ha " + lines.size() + " righe, oltre il massimo di "
                    + maxLines);
        }
        return new Reader(lines).read();
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is refused with its line, never replaced by '?'. */
    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw FileProblems.unreadable("riga " + line, "Il testo non è codificato in UTF-8 (primo byte non valido "
                    + "alla riga " + line + "): salvare il file come UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** One pass over the lines, keeping the area and objective that following rows belong to. */
    private final class Reader {

        private final List<String> lines;
        private final FileProblems problems = new FileProblems();
        private final List<AreaRows> areas = new ArrayList<>();
        private final List<AllegatoDocument.Timeline> timelines = new ArrayList<>();
        private AreaRows area;
        private ObjectiveRows objective;
        private Cell declaredTotal;
        private boolean tableEnded;
        private int next;

        Reader(List<String> lines) {
            this.lines = lines;
        }

        AllegatoDocument read() {
            Cell titleCell = titleCell();
            TitleLine title = TitleLine.parse(titleCell.text()).orElse(null);
            if (title == null) {
                problems.add(titleCell.position(), "attesa l'intestazione \"" + TitleLine.EXPECTED + "\", trovato \""
                        + ItalianValues.shorten(titleCell.text()) + "\"");
                problems.throwIfAny();
            }
            int year = headings(title);
            while (next < lines.size()) {
                int number = next++;
                List<Cell> cells = cells(MAIN_SHEET, number);
                String first = firstText(cells);
                if (first.isEmpty()) {
                    continue;
                }
                Matcher section = SECTION.matcher(lines.get(number).strip());
                if (section.matches()) {
                    Matcher timeline = TimelineHeading.SHEET_NAME.matcher(section.group(1).strip());
                    if (timeline.matches()) {
                        timeline(section.group(1).strip(), timeline);
                    }
                    continue;
                }
                if (!timelines.isEmpty()) {
                    problems.add(cells.get(0).position(), "contenuto inatteso tra i cronoprogrammi");
                } else if (FOOTNOTE.matcher(first).matches()) {
                    tableEnded = true;
                } else if (tableEnded) {
                    problems.add(cells.get(0).position(), "contenuto inatteso dopo la tabella principale");
                } else {
                    row(number, cells);
                }
            }
            problems.throwIfAny();
            return new AllegatoDocument(SourcePosition.Layout.TEXT, titleCell, title.organisationName(),
                    title.organisationCode(), year, title.kind(), title.date(),
                    areas.stream().map(AreaRows::toArea).toList(), declaredTotal, List.copyOf(timelines));
        }

        /** The first line that is neither blank nor a markdown heading. */
        private Cell titleCell() {
            while (next < lines.size()) {
                int number = next++;
                String line = lines.get(number).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<Cell> cells = cells(MAIN_SHEET, number);
                return cells.stream().filter(c -> !c.isBlank()).findFirst().orElse(cells.get(0));
            }
            throw FileProblems.unreadable("file", "Il file è vuoto: manca l'intestazione \"" + TitleLine.EXPECTED
                    + "\"");
        }

        /** Checks the two heading lines name every column and returns the plan's year they name. */
        private int headings(TitleLine title) {
            List<Cell> headingCells = new ArrayList<>();
            SourcePosition at = null;
            for (int found = 0; found < 2 && next < lines.size();) {
                int number = next++;
                List<Cell> cells = cells(MAIN_SHEET, number);
                if (!firstText(cells).isEmpty()) {
                    headingCells.addAll(cells);
                    at = cells.get(0).position();
                    found++;
                }
            }
            if (at == null) {
                throw FileProblems.unreadable("file", "Mancano le righe di intestazione della tabella");
            }
            Map<MainColumn, Integer> found = Headings.match(headingCells.stream().map(Cell::text).toList(),
                    MainColumn.class);
            for (MainColumn column : MainColumn.values()) {
                boolean hasNoHeadingInText = column == MainColumn.AREA_NUMBER || column == MainColumn.OBJECTIVE_CODE;
                if (!hasNoHeadingInText && !column.optional() && !found.containsKey(column)) {
                    problems.add(at, "manca la colonna \"" + column.label() + "\"");
                }
            }
            problems.throwIfAny();
            int year = Headings.targetYear(headingCells.get(found.get(MainColumn.TARGET)).text()).orElseThrow();
            if (year != title.date().getYear()) {
                problems.add(at, "la colonna \"Valore target " + year + "\" non è dell'anno del monitoraggio ("
                        + title.date().getYear() + ")");
                problems.throwIfAny();
            }
            return year;
        }

        private void row(int number, List<Cell> cells) {
            int from = 0;
            while (cells.get(from).isBlank()) {
                from++;
            }
            int to = cells.size() - 1;
            while (cells.get(to).isBlank()) {
                to--;
            }
            List<Cell> row = cells.subList(from, to + 1);
            if (row.size() == 1 && PERCENT_OR_DASH.matcher(row.get(0).text()).matches()) {
                declaredTotal = row.get(0);
                return;
            }
            if (declaredTotal != null) {
                problems.add(row.get(0).position(), "riga dopo il totale dei pesi");
                return;
            }
            int at = 0;
            if (AREA_NUMBER.matcher(row.get(0).text()).matches() && row.size() > 2
                    && OBJECTIVE_CODE.matcher(row.get(2).text()).matches()) {
                area = new AreaRows(row.get(0), row.get(1));
                areas.add(area);
                objective = null;
                at = 2;
            }
            if (OBJECTIVE_CODE.matcher(row.get(at).text()).matches()) {
                objectiveRow(row, at);
            } else if (objective == null) {
                problems.add(row.get(0).position(), "riga senza obiettivo: attesi il codice (es. 1.2) e il titolo "
                        + "dell'obiettivo, trovato \"" + ItalianValues.shorten(row.get(0).text()) + "\"");
            } else {
                objective.indicators.add(indicator(row, 0, false));
            }
        }

        private void objectiveRow(List<Cell> row, int at) {
            if (area == null) {
                problems.add(row.get(at).position(), "obiettivo " + row.get(at).text()
                        + " prima di ogni ambito strategico");
                return;
            }
            Cell title = cellAt(row, at + 1);
            int after = at + 2;
            Cell weight;
            // The weight is there when the cell looks like one, or when the row has all its cells (so that a
            // mistyped weight is reported as such instead of shifting the whole row).
            boolean complete = row.size() - at >= FULL_OBJECTIVE_ROW;
            if (after < row.size() && (complete || PERCENT_OR_DASH.matcher(row.get(after).text()).matches())) {
                weight = row.get(after);
                after++;
            } else {
                // No weight cell: the indicator follows the title directly (1.4, 1.5 and 4.4 in 2021).
                weight = Cell.blank(title.position().atColumn(title.position().column() + 1));
            }
            List<Cell> tail = row.size() > after + TARGET_CELLS
                    ? row.subList(after + TARGET_CELLS, row.size()) : List.of();
            objective = new ObjectiveRows(row.get(at), title, weight, cellAt(tail, 0, row), cellAt(tail, 1, row),
                    cellAt(tail, 2, row));
            area.objectives.add(objective);
            objective.indicators.add(indicator(row, after, true));
        }

        /** The indicator's cells from {@code at}: description, three values, then the full or the merged tail. */
        private AllegatoDocument.Indicator indicator(List<Cell> row, int at, boolean firstOfObjective) {
            List<Cell> tail = row.size() > at + TARGET_CELLS ? row.subList(at + TARGET_CELLS, row.size()) : List.of();
            Cell description = cellAt(row, at);
            Cell baseline = cellAt(row, at + 1);
            Cell target = cellAt(row, at + 2);
            Cell nextYears = cellAt(row, at + 3);
            if (tail.size() > FULL_TAIL) {
                problems.add(tail.get(FULL_TAIL).position(), "troppe colonne: la tabella ne ha 16");
            }
            if (firstOfObjective || tail.size() > MERGED_TAIL) {
                Cell notes = cellAt(tail, 0, row);
                return new AllegatoDocument.Indicator(description, baseline, target, nextYears,
                        firstOfObjective ? Cell.blank(notes.position()) : notes, cellAt(tail, 1, row),
                        cellAt(tail, 2, row), cellAt(tail, 3, row), cellAt(tail, 4, row), cellAt(tail, 5, row),
                        cellAt(tail, 6, row), null, null);
            }
            // Notes, responsible, link and value were merged with the row above: only the last three remain.
            SourcePosition missing = nextYears.position().atColumn(nextYears.position().column() + 1);
            return new AllegatoDocument.Indicator(description, baseline, target, nextYears, Cell.blank(missing),
                    Cell.blank(missing), Cell.blank(missing), Cell.blank(missing), cellAt(tail, 0, row),
                    cellAt(tail, 1, row), cellAt(tail, 2, row), null, null);
        }

        private void timeline(String name, Matcher sheetName) {
            int number;
            try {
                number = Integer.parseInt(sheetName.group(2));
            } catch (NumberFormatException e) {
                number = 0;
            }
            Cell headingCell = null;
            Map<PhaseColumn, Integer> columns = null;
            List<AllegatoDocument.Phase> phases = new ArrayList<>();
            Cell total = null;
            while (next < lines.size()) {
                String raw = lines.get(next).strip();
                if (SECTION.matcher(raw).matches()) {
                    break;
                }
                int lineNumber = next++;
                List<Cell> cells = cells(name, lineNumber);
                String first = firstText(cells);
                if (first.isEmpty()) {
                    continue;
                }
                if (headingCell == null) {
                    headingCell = cells.stream().filter(c -> !c.isBlank()).findFirst().orElseThrow();
                    continue;
                }
                if (columns == null) {
                    columns = phaseColumns(cells);
                    continue;
                }
                if (first.toLowerCase(java.util.Locale.ITALIAN).startsWith("peso complessivo")) {
                    total = cellOf(cells, columns.get(PhaseColumn.WEIGHT), lineNumber, name);
                } else if (total != null) {
                    problems.add(cells.get(0).position(), "riga dopo il peso complessivo delle fasi");
                } else {
                    phase(cells, columns, lineNumber, name).ifPresent(phases::add);
                }
            }
            if (headingCell == null || columns == null) {
                problems.add(SourcePosition.text(name, next, 1), "cronoprogramma \"" + name
                        + "\" incompleto: attese la riga \"" + TimelineHeading.EXPECTED + "\" e le intestazioni");
                return;
            }
            Optional<TimelineHeading> heading = parseHeading(headingCell);
            if (heading.isEmpty()) {
                return;
            }
            timelines.add(new AllegatoDocument.Timeline(name, sheetName.group(1).toUpperCase(java.util.Locale.ROOT),
                    number, heading.get().title(), heading.get().deadline(), headingCell, List.copyOf(phases), total));
        }

        private Optional<TimelineHeading> parseHeading(Cell cell) {
            try {
                Optional<TimelineHeading> heading = TimelineHeading.parse(cell.text());
                if (heading.isEmpty()) {
                    problems.add(cell.position(), "attesa la riga \"" + TimelineHeading.EXPECTED + "\", trovato \""
                            + ItalianValues.shorten(cell.text()) + "\"");
                }
                return heading;
            } catch (InvalidCellException e) {
                problems.add(cell.position(), e.getMessage());
                return Optional.empty();
            }
        }

        private Map<PhaseColumn, Integer> phaseColumns(List<Cell> cells) {
            Map<PhaseColumn, Integer> found = Headings.match(cells.stream().map(Cell::text).toList(), PhaseColumn.class);
            for (PhaseColumn column : PhaseColumn.values()) {
                if (!found.containsKey(column)) {
                    problems.add(cells.get(0).position(), "manca la colonna \"" + column.label() + "\"");
                }
            }
            return found.size() == PhaseColumn.values().length ? found : new EnumMap<>(PhaseColumn.class);
        }

        private Optional<AllegatoDocument.Phase> phase(List<Cell> cells, Map<PhaseColumn, Integer> columns,
                int lineNumber, String name) {
            if (columns.isEmpty()) {
                return Optional.empty();
            }
            Map<PhaseColumn, Cell> by = new EnumMap<>(PhaseColumn.class);
            for (PhaseColumn column : PhaseColumn.values()) {
                by.put(column, cellOf(cells, columns.get(column), lineNumber, name));
            }
            return Optional.of(new AllegatoDocument.Phase(by.get(PhaseColumn.NUMBER), by.get(PhaseColumn.DESCRIPTION),
                    by.get(PhaseColumn.OUTPUT), by.get(PhaseColumn.PLANNED_START), by.get(PhaseColumn.PLANNED_END),
                    by.get(PhaseColumn.RESPONSIBLE), by.get(PhaseColumn.WEIGHT), by.get(PhaseColumn.ACTUAL_END),
                    by.get(PhaseColumn.MONITORING_NOTE), by.get(PhaseColumn.DATA_SOURCE)));
        }

        private List<Cell> cells(String section, int index) {
            String[] fields = lines.get(index).split("\t", -1);
            List<Cell> cells = new ArrayList<>(fields.length);
            for (int i = 0; i < fields.length; i++) {
                cells.add(Cell.text(ItalianValues.clean(fields[i]), SourcePosition.text(section, index + 1, i + 1)));
            }
            return cells;
        }
    }

    private static Cell cellOf(List<Cell> cells, Integer index, int lineNumber, String section) {
        if (index != null && index < cells.size()) {
            return cells.get(index);
        }
        return Cell.blank(SourcePosition.text(section, lineNumber + 1, index == null ? 1 : index + 1));
    }

    private static Cell cellAt(List<Cell> row, int index) {
        return cellAt(row, index, row);
    }

    /** The cell, or a blank one positioned after the row's last cell when the row is shorter. */
    private static Cell cellAt(List<Cell> cells, int index, List<Cell> row) {
        if (index < cells.size()) {
            return cells.get(index);
        }
        SourcePosition last = row.get(row.size() - 1).position();
        return Cell.blank(last.atColumn(last.column() + index - cells.size() + 1));
    }

    private static String firstText(List<Cell> cells) {
        return cells.stream().map(Cell::text).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

}
