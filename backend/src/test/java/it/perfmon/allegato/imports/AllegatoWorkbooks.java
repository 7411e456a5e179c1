package it.perfmon.allegato.imports;

import it.perfmon.allegato.imports.document.AllegatoDocument;
import it.perfmon.allegato.imports.document.Cell;
import it.perfmon.allegato.imports.document.ItalianValues;
import it.perfmon.allegato.imports.parse.MainColumn;
import it.perfmon.allegato.imports.parse.TextLayoutParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an Allegato A as the XLSX exporter does, in the layout agreed with it: sheet "Allegato A" (title, group
 * and column headings, one row per indicator with area and objective cells merged over their rows, percentages
 * as numbers formatted 0.00%, the total of the weights, the footnote) and one sheet "ARTI crono N" per timeline
 * (dates as date cells). The content comes from the reference text, so the workbook says what the text says.
 */
public final class AllegatoWorkbooks {

    public static final String REFERENCE = "/allegato/allegato-a-monitoraggio-2021.txt";

    /** Variations of the layout, to test that columns are found by heading and texts read as written. */
    public record Options(List<MainColumn> columnOrder, Map<MainColumn, String> headings, boolean quotePrefixStyle,
            boolean literalApostrophe) {

        /** The source's sixteen columns in its order, without the two the monitoring cycle added. */
        public static Options standard() {
            return new Options(SOURCE_COLUMNS, Map.of(), false, false);
        }

        public Options withColumnOrder(List<MainColumn> order) {
            return new Options(order, headings, quotePrefixStyle, literalApostrophe);
        }

        public Options withHeading(MainColumn column, String heading) {
            Map<MainColumn, String> changed = new HashMap<>(headings);
            changed.put(column, heading);
            return new Options(columnOrder, changed, quotePrefixStyle, literalApostrophe);
        }

        /** Formula-like texts neutralised with the quote-prefix style, or with a literal leading apostrophe. */
        public Options neutralisingFormulas(boolean withStyle, boolean withApostrophe) {
            return new Options(columnOrder, headings, withStyle, withApostrophe);
        }
    }

    public static final List<MainColumn> SOURCE_COLUMNS = Arrays.stream(MainColumn.values())
            .filter(column -> !column.optional()).toList();

    private static final Map<MainColumn, String> GROUP_HEADINGS = Map.of(MainColumn.AREA_NUMBER, "I",
            MainColumn.AREA_TITLE, "AMBITO STRATEGICO", MainColumn.OBJECTIVE_CODE, "II",
            MainColumn.NOTES, "Note", MainColumn.RESPONSIBLE, "Responsabile attuazione (1)",
            MainColumn.PROGRAMMING_LINK, "Collegamento con la Programmazione regionale 2021");
    private static final String[] PHASE_HEADINGS = {"Nr. fase", "Descrizione fase", "Output", "Inizio previsto",
            "Fine prevista", "Struttura Responsabile", "Peso %", "Fine effettiva (se entro il 30/6)",
            "Note di monitoraggio", "Fonte dati"};
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AllegatoWorkbooks() {
    }

    public static String referenceText() {
        try (var in = AllegatoWorkbooks.class.getResourceAsStream(REFERENCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] fromText(String text, Options options) {
        AllegatoDocument document = new TextLayoutParser(5000).parse(text.getBytes(StandardCharsets.UTF_8));
        return new Writer(options).write(document);
    }

    public static byte[] fromText(String text) {
        return fromText(text, Options.standard());
    }

    /** One workbook being written. */
    private static final class Writer {

        private final Options options;
        private final XSSFWorkbook workbook = new XSSFWorkbook();
        private final CellStyle percent;
        private final CellStyle date;
        private final CellStyle quoted;

        Writer(Options options) {
            this.options = options;
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        byte[] write(AllegatoDocument document) {
            mainSheet(document);
            document.timelines().forEach(this::timelineSheet);
            try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int col(MainColumn column) {
            return options.columnOrder().indexOf(column);
        }

        private void mainSheet(AllegatoDocument document) {
            Sheet sheet = workbook.createSheet("Allegato A");
            text(sheet.createRow(0), 0, document.title().text());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 15));
            Row group = sheet.createRow(1);
            Row headings = sheet.createRow(2);
            for (MainColumn column : options.columnOrder()) {
                String heading = options.headings().getOrDefault(column, heading(column, document.year()));
                if (GROUP_HEADINGS.containsKey(column)) {
                    text(group, col(column), options.headings().getOrDefault(column, GROUP_HEADINGS.get(column)));
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, col(column), col(column)));
                } else {
                    text(headings, col(column), heading);
                }
            }
            if (options.columnOrder().equals(SOURCE_COLUMNS)) {
                text(group, 3, "RISULTATI ATTESI");
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 8));
                text(group, 12, "MONITORAGGIO");
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 12, 14));
                text(group, 15, "VALUTAZIONE");
            }
            int r = 3;
            BigDecimal total = BigDecimal.ZERO;
            for (AllegatoDocument.Area area : document.areas()) {
                int areaStart = r;
                for (AllegatoDocument.Objective objective : area.objectives()) {
                    int objectiveStart = r;
                    boolean first = true;
                    for (AllegatoDocument.Indicator indicator : objective.indicators()) {
                        Row row = sheet.createRow(r);
                        if (first) {
                            if (r == areaStart) {
                                number(row, col(MainColumn.AREA_NUMBER), new BigDecimal(area.number().text()), false);
                                text(row, col(MainColumn.AREA_TITLE), area.title().text());
                            }
                            text(row, col(MainColumn.OBJECTIVE_CODE), objective.code().text());
                            text(row, col(MainColumn.OBJECTIVE), objective.title().text());
                            BigDecimal weight = percentCell(row, col(MainColumn.WEIGHT), objective.weight());
                            total = weight == null ? total : total.add(weight);
                            text(row, col(MainColumn.NOTES), objective.notes().text());
                            text(row, col(MainColumn.RESPONSIBLE), objective.responsible().text());
                            text(row, col(MainColumn.PROGRAMMING_LINK), objective.programmingLink().text());
                        } else {
                            text(row, col(MainColumn.NOTES), indicator.planningNote().text());
                        }
                        text(row, col(MainColumn.INDICATOR), indicator.description().text());
                        percentCell(row, col(MainColumn.BASELINE), indicator.baseline());
                        percentCell(row, col(MainColumn.TARGET), indicator.target());
                        percentCell(row, col(MainColumn.NEXT_YEARS_TARGET), indicator.nextYearsTarget());
                        percentCell(row, col(MainColumn.ACHIEVED), indicator.achieved());
                        text(row, col(MainColumn.MONITORING_NOTE), indicator.monitoringNote().text());
                        text(row, col(MainColumn.DATA_SOURCE), indicator.dataSource().text());
                        text(row, col(MainColumn.ASSESSMENT), indicator.assessment().text());
                        first = false;
                        r++;
                    }
                    mergeDown(sheet, objectiveStart, r - 1, MainColumn.OBJECTIVE_CODE, MainColumn.OBJECTIVE,
                            MainColumn.WEIGHT);
                }
                mergeDown(sheet, areaStart, r - 1, MainColumn.AREA_NUMBER, MainColumn.AREA_TITLE);
            }
            number(sheet.createRow(r), col(MainColumn.WEIGHT), total, true);
            text(sheet.createRow(r + 2), 0, "(1) Responsabile attuazione dell'obiettivo è la struttura che svolge la "
                    + "funzione di referente per la sua realizzazione");
        }

        private static String heading(MainColumn column, int year) {
            return switch (column) {
                case TARGET -> "Valore target " + year;
                case NEXT_YEARS_TARGET -> "Valore target " + (year + 1) + " - " + (year + 2);
                case PROGRAMMING_LINK -> "Collegamento con la Programmazione regionale " + year;
                default -> column.label();
            };
        }

        private void mergeDown(Sheet sheet, int from, int to, MainColumn... columns) {
            if (to > from) {
                for (MainColumn column : columns) {
                    sheet.addMergedRegion(new CellRangeAddress(from, to, col(column), col(column)));
                }
            }
        }

        private void timelineSheet(AllegatoDocument.Timeline timeline) {
            Sheet sheet = workbook.createSheet(timeline.organisationCode() + " crono " + timeline.number());
            Row top = sheet.createRow(0);
            text(top, 0, "OBIETTIVO - " + timeline.title() + " Valore target - entro il "
                    + ITALIAN.format(timeline.deadline()));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            text(top, 7, "MONITORAGGIO");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 7, 9));
            Row headings = sheet.createRow(1);
            for (int c = 0; c < PHASE_HEADINGS.length; c++) {
                text(headings, c, PHASE_HEADINGS[c]);
            }
            int r = 2;
            BigDecimal total = BigDecimal.ZERO;
            for (AllegatoDocument.Phase phase : timeline.phases()) {
                Row row = sheet.createRow(r++);
                number(row, 0, new BigDecimal(phase.number().text()), false);
                text(row, 1, phase.description().text());
                text(row, 2, phase.output().text());
                dateCell(row, 3, phase.plannedStart());
                dateCell(row, 4, phase.plannedEnd());
                text(row, 5, phase.responsible().text());
                BigDecimal weight = percentCell(row, 6, phase.weight());
                total = weight == null ? total : total.add(weight);
                dateCell(row, 7, phase.actualEnd());
                text(row, 8, phase.monitoringNote().text());
                text(row, 9, phase.dataSource().text());
            }
            Row last = sheet.createRow(r);
            text(last, 0, "Peso complessivo delle fasi (100%)");
            number(last, 6, total, true);
        }

        /** A percentage as a number formatted 0.00%; a value with words ("95,20% dato 2020") or a rule as text. */
        private BigDecimal percentCell(Row row, int column, Cell source) {
            Optional<BigDecimal> value = source.isEmpty() || !source.text().matches("[\\d.,]+\\s*%") ? Optional.empty()
                    : ItalianValues.percent(source);
            if (value.isPresent()) {
                number(row, column, value.get(), true);
                return value.get();
            }
            text(row, column, source.text());
            return null;
        }

        private void dateCell(Row row, int column, Cell source) {
            Optional<LocalDate> value = source.isEmpty() ? Optional.empty() : ItalianValues.date(source);
            if (value.isPresent()) {
                var cell = row.createCell(column);
                cell.setCellValue(value.get());
                cell.setCellStyle(date);
            } else {
                text(row, column, source.text());
            }
        }

        private void number(Row row, int column, BigDecimal value, boolean asPercent) {
            var cell = row.createCell(column);
            cell.setCellValue((asPercent ? value.movePointLeft(2) : value).doubleValue());
            if (asPercent) {
                cell.setCellStyle(percent);
            }
        }

        private void text(Row row, int column, String value) {
            if (value == null || value.isEmpty()) {
                return;
            }
            boolean formulaLike = !value.equals("-") && "=+-@".indexOf(value.charAt(0)) >= 0;
            var cell = row.createCell(column);
            cell.setCellValue(formulaLike && options.literalApostrophe() ? "'" + value : value);
            if (formulaLike && options.quotePrefixStyle()) {
                cell.setCellStyle(quoted);
            }
        }
    }

    /** The reference text with its dates moved to another year, for plans that tests may change freely. */
    public static String referenceForYear(int year) {
        String two = String.format("%02d", year % 100);
        List<String> lines = new ArrayList<>();
        for (String line : referenceText().split("\n", -1)) {
            lines.add(line.replace("2021", String.valueOf(year)).replaceAll("(\\d{2}/\\d{2})/21(?=\\t|$)", "$1/" + two));
        }
        return String.join("\n", lines);
    }

    /**
     * A workbook-looking archive whose sheet expands from a few kilobytes to 40 MB of blanks: the expansion ratio
     * (about 1/1000) is far below the 1/100 allowed.
     */
    public static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(blanks);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
