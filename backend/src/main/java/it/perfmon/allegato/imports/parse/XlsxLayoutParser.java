package it.perfmon.allegato.imports.parse;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.document.Cell;
import it.perfmon.allegato.imports.document.InvalidCellException;
import it.perfmon.allegato.imports.document.ItalianValues;
import it.perfmon.allegato.imports.document.SourcePosition;
import it.perfmon.allegato.imports.parse.TableRows.AreaRows;
import it.perfmon.allegato.imports.parse.TableRows.ObjectiveRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the Allegato A from the workbook the exporter writes: sheet {@code Allegato A} (title in row 1, group and
 * column headings in rows 2-3, one row per indicator with area and objective cells merged over their rows, the
 * total of the weights, the footnote) and one sheet {@code <ORG> crono <N>} per timeline. Columns are found by
 * their headings; a sheet whose headings lack a column is refused naming it.
 */
public final class XlsxLayoutParser {

    public static final String MAIN_SHEET = "Allegato A";
    /** How far down the heading rows may be looked for. */
    private static final int HEADING_SEARCH_ROWS = 10;

    private final int maxRows;

    /** Limits of POI's zip reader, which are process-wide: every workbook this process opens gets them. */
    public record Limits(int maxRows, double minInflateRatio, long maxEntryBytes, long maxTextChars) {
    }

    public XlsxLayoutParser(Limits limits) {
        this.maxRows = limits.maxRows();
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(limits.maxTextChars());
    }

    public AllegatoDocument parse(byte[] bytes) {
        XSSFWorkbook workbook = open(bytes);
        try (workbook) {
            return new Reader(workbook).read();
        } catch (IOException e) {
            throw FileProblems.unreadable("file", "Il file XLSX non si chiude correttamente: è danneggiato");
        }
    }

    /** The layout rules applied to a workbook read from another format (the ODS parser's). */
    AllegatoDocument read(Workbook workbook) {
        return new Reader(workbook).read();
    }

    private static XSSFWorkbook open(byte[] bytes) {
        // Every XLSX is a zip archive: anything else (a CSV renamed, an old .xls) is refused before POI sees it.
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw FileProblems.unreadable("file", "Il file non è un foglio di calcolo XLSX (Excel 2007 o successivo)");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw FileProblems.unreadable("file", why(e));
        }
    }

    private static String why(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max allowed overall size")) {
                return "Il file XLSX si espande oltre i limiti consentiti (rapporto di compressione sospetto o parte "
                        + "troppo grande): rifiutato come possibile zip bomb";
            }
            if (t instanceof NotOfficeXmlFileException || t instanceof InvalidFormatException) {
                return "Il file è un archivio zip ma non un foglio di calcolo XLSX";
            }
        }
        return "Il file XLSX è danneggiato o incompleto (ad esempio troncato durante il caricamento)";
    }

    /** Reads one workbook; problems are collected over all sheets and reported together. */
    private final class Reader {

        private final Workbook workbook;
        private final DataFormatter formatter = new DataFormatter(Locale.ITALY);
        private final FileProblems problems = new FileProblems();

        Reader(Workbook workbook) {
            this.workbook = workbook;
        }

        AllegatoDocument read() {
            Sheet main = sheet(MAIN_SHEET);
            if (main == null) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                throw FileProblems.unreadable("file", "Manca il foglio \"" + MAIN_SHEET + "\" (fogli trovati: "
                        + String.join(", ", names) + ")");
            }
            checkSize(main);
            Cell title = firstCell(main, 0, main.getLastRowNum());
            TitleLine titleLine = title == null ? null : TitleLine.parse(title.text()).orElse(null);
            if (titleLine == null) {
                problems.add(title == null ? SourcePosition.xlsx(MAIN_SHEET, 1, 1) : title.position(),
                        "attesa l'intestazione \"" + TitleLine.EXPECTED + "\"");
                problems.throwIfAny();
            }
            MainTable table = mainTable(main, title.position().row());
            if (table.year != titleLine.date().getYear()) {
                problems.add(SourcePosition.xlsx(MAIN_SHEET, table.headingRow + 1, table.columns.get(MainColumn.TARGET) + 1),
                        "la colonna \"Valore target " + table.year + "\" non è dell'anno del monitoraggio ("
                                + titleLine.date().getYear() + ")");
            }
            List<AllegatoDocument.Timeline> timelines = new ArrayList<>();
            for (Sheet sheet : workbook) {
                Matcher name = TimelineHeading.SHEET_NAME.matcher(sheet.getSheetName().strip());
                if (name.matches()) {
                    checkSize(sheet);
                    timeline(sheet, name).ifPresent(timelines::add);
                }
            }
            problems.throwIfAny();
            timelines.sort(Comparator.comparingInt(AllegatoDocument.Timeline::number));
            return new AllegatoDocument(SourcePosition.Layout.XLSX, title, titleLine.organisationName(),
                    titleLine.organisationCode(), table.year, titleLine.kind(), titleLine.date(), table.areas,
                    table.declaredTotal, List.copyOf(timelines));
        }

        private Sheet sheet(String name) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().strip().equalsIgnoreCase(name)) {
                    return sheet;
                }
            }
            return null;
        }

        private void checkSize(Sheet sheet) {
            int rows = sheet.getLastRowNum() + 1;
            if (rows > maxRows) {
                throw FileProblems.unreadable(sheet.getSheetName(), "Il foglio \"" + sheet.getSheetName() + "\" ha "
                        + rows + " righe, oltre il massimo di " + maxRows);
            }
        }

        private record MainTable(int headingRow, Map<MainColumn, Integer> columns, int year,
                List<AllegatoDocument.Area> areas, Cell declaredTotal) {
        }

        private MainTable mainTable(Sheet sheet, int titleRow) {
            int headingRow = -1;
            for (int r = titleRow; r < titleRow + HEADING_SEARCH_ROWS && headingRow < 0; r++) {
                if (rowHas(sheet, r, MainColumn.INDICATOR)) {
                    headingRow = r;
                }
            }
            if (headingRow < 0) {
                throw FileProblems.unreadable(MAIN_SHEET, "Nel foglio \"" + MAIN_SHEET + "\" non c'è la riga delle "
                        + "intestazioni (Obiettivo, Peso %, Indicatore, Valore iniziale...)");
            }
            Map<MainColumn, Integer> columns = mainColumns(sheet, headingRow);
            for (MainColumn column : MainColumn.values()) {
                if (!columns.containsKey(column) && !column.optional()) {
                    problems.add(SourcePosition.xlsx(MAIN_SHEET, headingRow + 1, 1),
                            "manca la colonna \"" + column.label() + "\"");
                }
            }
            problems.throwIfAny();
            int year = Headings.targetYear(text(sheet, headingRow, columns.get(MainColumn.TARGET))).orElseThrow();
            MainRows rows = new MainRows(columns);
            for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
                if (!rows.read(sheet, r)) {
                    break;
                }
            }
            return new MainTable(headingRow, columns, year, rows.areas(), rows.declaredTotal);
        }

        /**
         * Each column's heading is its own in the column-heading row, or the group heading above it where that
         * row is blank (Note, Responsabile attuazione, Collegamento... span both rows). The area number and the
         * objective code have no heading of their own in the source: they are the columns left of "AMBITO
         * STRATEGICO" (or its first column when it spans two) and of "Obiettivo".
         */
        private Map<MainColumn, Integer> mainColumns(Sheet sheet, int headingRow) {
            Row headings = sheet.getRow(headingRow);
            int width = Math.max(headings == null ? 0 : headings.getLastCellNum(), groupWidth(sheet, headingRow));
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String own = text(sheet, headingRow, c);
                texts.add(own.isEmpty() && headingRow > 0 ? text(sheet, headingRow - 1, c) : own);
            }
            Map<MainColumn, Integer> columns = Headings.match(texts, MainColumn.class);
            Set<Integer> used = new HashSet<>(columns.values());
            Integer areaTitle = columns.get(MainColumn.AREA_TITLE);
            if (areaTitle != null && !columns.containsKey(MainColumn.AREA_NUMBER)) {
                if (spannedColumns(sheet, headingRow - 1, areaTitle) >= 2 && !used.contains(areaTitle + 1)) {
                    columns.put(MainColumn.AREA_NUMBER, areaTitle);
                    columns.put(MainColumn.AREA_TITLE, areaTitle + 1);
                } else if (areaTitle > 0 && !used.contains(areaTitle - 1)) {
                    columns.put(MainColumn.AREA_NUMBER, areaTitle - 1);
                }
                used = new HashSet<>(columns.values());
            }
            Integer objective = columns.get(MainColumn.OBJECTIVE);
            if (objective != null && !columns.containsKey(MainColumn.OBJECTIVE_CODE) && objective > 0
                    && !used.contains(objective - 1)) {
                columns.put(MainColumn.OBJECTIVE_CODE, objective - 1);
            }
            return columns;
        }

        private int groupWidth(Sheet sheet, int headingRow) {
            Row group = headingRow > 0 ? sheet.getRow(headingRow - 1) : null;
            return group == null ? 0 : group.getLastCellNum();
        }

        private int spannedColumns(Sheet sheet, int row, int column) {
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                if (region.getFirstRow() <= row && row <= region.getLastRow() && region.getFirstColumn() == column) {
                    return region.getLastColumn() - region.getFirstColumn() + 1;
                }
            }
            return 1;
        }

        private boolean rowHas(Sheet sheet, int row, HeadingColumn column) {
            Row r = sheet.getRow(row);
            if (r == null) {
                return false;
            }
            for (int c = 0; c < r.getLastCellNum(); c++) {
                if (column.pattern().matcher(Headings.normalise(text(sheet, row, c))).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** The main table's rows, grouped into areas and objectives as the merged cells group them. */
        private final class MainRows {

            private final Map<MainColumn, Integer> columns;
            private final List<AreaRows> areas = new ArrayList<>();
            private AreaRows area;
            private ObjectiveRows objective;
            private Cell declaredTotal;

            MainRows(Map<MainColumn, Integer> columns) {
                this.columns = columns;
            }

            /** Reads row r; false once the table has ended (the footnote). */
            boolean read(Sheet sheet, int r) {
                Map<MainColumn, Cell> cells = new EnumMap<>(MainColumn.class);
                boolean blank = true;
                for (var column : columns.entrySet()) {
                    Cell cell = cell(sheet, r, column.getValue());
                    cells.put(column.getKey(), cell);
                    blank &= cell.isBlank();
                }
                if (blank) {
                    return true;
                }
                Cell first = firstCell(sheet, r, r);
                if (first != null && first.text().matches("\\(\\d+\\).*")) {
                    return false;
                }
                Cell indicator = cells.get(MainColumn.INDICATOR);
                if (indicator.isBlank()) {
                    if (!cells.get(MainColumn.WEIGHT).isBlank() && cells.get(MainColumn.OBJECTIVE_CODE).isBlank()) {
                        declaredTotal = cells.get(MainColumn.WEIGHT);
                    } else {
                        problems.add(indicator.position(), "manca l'indicatore");
                    }
                    return true;
                }
                if (declaredTotal != null) {
                    problems.add(indicator.position(), "riga dopo il totale dei pesi");
                    return true;
                }
                if (!cells.get(MainColumn.AREA_NUMBER).isBlank()) {
                    area = new AreaRows(cells.get(MainColumn.AREA_NUMBER), cells.get(MainColumn.AREA_TITLE));
                    areas.add(area);
                    objective = null;
                }
                boolean firstOfObjective = !cells.get(MainColumn.OBJECTIVE_CODE).isBlank();
                if (firstOfObjective) {
                    if (area == null) {
                        problems.add(cells.get(MainColumn.AREA_NUMBER).position(), "manca l'ambito strategico");
                        return true;
                    }
                    objective = new ObjectiveRows(cells.get(MainColumn.OBJECTIVE_CODE), cells.get(MainColumn.OBJECTIVE),
                            cells.get(MainColumn.WEIGHT), cells.get(MainColumn.NOTES), cells.get(MainColumn.RESPONSIBLE),
                            cells.get(MainColumn.PROGRAMMING_LINK));
                    area.objectives.add(objective);
                } else if (objective == null) {
                    problems.add(cells.get(MainColumn.OBJECTIVE_CODE).position(), "manca il codice dell'obiettivo");
                    return true;
                }
                Cell notes = cells.get(MainColumn.NOTES);
                objective.indicators.add(new AllegatoDocument.Indicator(indicator, cells.get(MainColumn.BASELINE),
                        cells.get(MainColumn.TARGET), cells.get(MainColumn.NEXT_YEARS_TARGET),
                        firstOfObjective ? Cell.blank(notes.position()) : notes,
                        firstOfObjective ? Cell.blank(notes.position()) : cells.get(MainColumn.RESPONSIBLE),
                        firstOfObjective ? Cell.blank(notes.position()) : cells.get(MainColumn.PROGRAMMING_LINK),
                        cells.get(MainColumn.ACHIEVED), cells.get(MainColumn.MONITORING_NOTE),
                        cells.get(MainColumn.DATA_SOURCE), cells.get(MainColumn.ASSESSMENT),
                        cells.get(MainColumn.DEVIATION_EXPLANATION), cells.get(MainColumn.CORRECTIVE_ACTIONS)));
                return true;
            }

            List<AllegatoDocument.Area> areas() {
                return areas.stream().map(AreaRows::toArea).toList();
            }
        }

        private Optional<AllegatoDocument.Timeline> timeline(Sheet sheet, Matcher name) {
            String sheetName = sheet.getSheetName().strip();
            Cell headingCell = firstCell(sheet, 0, Math.min(sheet.getLastRowNum(), HEADING_SEARCH_ROWS));
            if (headingCell == null) {
                problems.add(SourcePosition.xlsx(sheetName, 1, 1), "foglio vuoto: attesa la riga \""
                        + TimelineHeading.EXPECTED + "\"");
                return Optional.empty();
            }
            Optional<TimelineHeading> heading;
            try {
                heading = TimelineHeading.parse(headingCell.text());
            } catch (InvalidCellException e) {
                problems.add(headingCell.position(), e.getMessage());
                return Optional.empty();
            }
            if (heading.isEmpty()) {
                problems.add(headingCell.position(), "attesa la riga \"" + TimelineHeading.EXPECTED + "\", trovato \""
                        + ItalianValues.shorten(headingCell.text()) + "\"");
                return Optional.empty();
            }
            int headingRow = -1;
            int from = headingCell.position().row();
            for (int r = from; r < from + HEADING_SEARCH_ROWS && headingRow < 0; r++) {
                if (rowHas(sheet, r, PhaseColumn.DESCRIPTION) || rowHas(sheet, r, PhaseColumn.NUMBER)) {
                    headingRow = r;
                }
            }
            if (headingRow < 0) {
                problems.add(SourcePosition.xlsx(sheetName, from + 1, 1), "manca la riga delle intestazioni (Nr. fase, "
                        + "Descrizione fase, Output...)");
                return Optional.empty();
            }
            Row headings = sheet.getRow(headingRow);
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < headings.getLastCellNum(); c++) {
                texts.add(text(sheet, headingRow, c));
            }
            Map<PhaseColumn, Integer> columns = Headings.match(texts, PhaseColumn.class);
            boolean complete = true;
            for (PhaseColumn column : PhaseColumn.values()) {
                if (!columns.containsKey(column)) {
                    problems.add(SourcePosition.xlsx(sheetName, headingRow + 1, 1),
                            "manca la colonna \"" + column.label() + "\"");
                    complete = false;
                }
            }
            if (!complete) {
                return Optional.empty();
            }
            List<AllegatoDocument.Phase> phases = new ArrayList<>();
            Cell total = null;
            for (int r = headingRow + 1; r <= sheet.getLastRowNum(); r++) {
                Cell first = firstCell(sheet, r, r);
                if (first == null) {
                    continue;
                }
                if (first.text().toLowerCase(Locale.ITALIAN).startsWith("peso complessivo")) {
                    total = cell(sheet, r, columns.get(PhaseColumn.WEIGHT));
                } else if (total != null) {
                    problems.add(first.position(), "riga dopo il peso complessivo delle fasi");
                } else {
                    Map<PhaseColumn, Cell> by = new EnumMap<>(PhaseColumn.class);
                    for (PhaseColumn column : PhaseColumn.values()) {
                        by.put(column, cell(sheet, r, columns.get(column)));
                    }
                    phases.add(new AllegatoDocument.Phase(by.get(PhaseColumn.NUMBER), by.get(PhaseColumn.DESCRIPTION),
                            by.get(PhaseColumn.OUTPUT), by.get(PhaseColumn.PLANNED_START),
                            by.get(PhaseColumn.PLANNED_END), by.get(PhaseColumn.RESPONSIBLE), by.get(PhaseColumn.WEIGHT),
                            by.get(PhaseColumn.ACTUAL_END), by.get(PhaseColumn.MONITORING_NOTE),
                            by.get(PhaseColumn.DATA_SOURCE)));
                }
            }
            return Optional.of(new AllegatoDocument.Timeline(sheetName, name.group(1).toUpperCase(Locale.ROOT),
                    Integer.parseInt(name.group(2)), heading.get().title(), heading.get().deadline(), headingCell,
                    List.copyOf(phases), total));
        }

        /** The first non-blank cell of rows from..to, scanning row by row. */
        private Cell firstCell(Sheet sheet, int from, int to) {
            for (int r = from; r <= to; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = cell(sheet, r, c);
                    if (!cell.isBlank()) {
                        return cell;
                    }
                }
            }
            return null;
        }

        private String text(Sheet sheet, int row, int column) {
            return cell(sheet, row, column).text();
        }

        /**
         * A cell with its typed value: numbers exactly as stored (with whether they are formatted as a
         * percentage), dates as dates, text as its string. A text cell neutralised against formulas with a
         * leading apostrophe is read without it.
         */
        private Cell cell(Sheet sheet, int rowIndex, int column) {
            SourcePosition at = SourcePosition.xlsx(sheet.getSheetName().strip(), rowIndex + 1, column + 1);
            Row row = sheet.getRow(rowIndex);
            org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(column);
            if (cell == null) {
                return Cell.blank(at);
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return switch (type) {
                case STRING -> Cell.text(unquoted(ItalianValues.clean(cell.getStringCellValue())), at);
                case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                        ? Cell.date(cell.getLocalDateTimeCellValue().toLocalDate(), formatter.formatCellValue(cell), at)
                        : Cell.number(BigDecimal.valueOf(cell.getNumericCellValue()),
                                cell.getCellStyle().getDataFormatString().contains("%"), formatter.formatCellValue(cell),
                                at);
                case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "VERO" : "FALSO", at);
                case ERROR -> Cell.text("#ERRORE", at);
                default -> Cell.blank(at);
            };
        }
    }

    /** Texts written as {@code '=...} by an exporter that neutralises formulas by hand are read as {@code =...}. */
    static String unquoted(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

}
