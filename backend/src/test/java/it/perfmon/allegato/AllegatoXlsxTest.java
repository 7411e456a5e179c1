package it.perfmon.allegato;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.allegato.KnownDifferences.Difference;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 2021 plan at 30/06/2021 exported as XLSX shows, cell by cell, what the published Allegato A shows. */
@QuarkusTest
class AllegatoXlsxTest {

    // Downloaded once for the class; the 2021 data set is never written by tests.
    private static XSSFWorkbook workbook;

    @BeforeEach
    void download() {
        if (workbook == null) {
            workbook = Downloads.workbook(Downloads.arti2021Interim("xlsx"));
        }
    }

    @Test
    void shouldHoldTheMainSheetAndOneSheetPerTimeline() {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(List.of("Allegato A", "ARTI crono 1", "ARTI crono 2", "ARTI crono 3", "ARTI crono 4",
                "ARTI crono 5", "ARTI crono 6", "ARTI crono 7", "ARTI crono 8"), names);
    }

    @Test
    void shouldShowEveryCellOfTheMainTableAsTheSourceDoesBarTheKnownDifferences() {
        List<List<String>> export = Downloads.shown(workbook).get("Allegato A");
        Map<String, Difference> differences = KnownDifferences.between(null, SourceTable.realignedMain(), export);
        assertEquals(KnownDifferences.describe(KnownDifferences.withoutReasons(KnownDifferences.MAIN)),
                KnownDifferences.describe(sorted(differences, KnownDifferences.MAIN)));
    }

    @Test
    void shouldShowEveryCellOfEveryTimelineAsTheSourceDoesBarTheKnownDifferences() {
        Map<String, List<List<String>>> shown = Downloads.shown(workbook);
        Map<String, Difference> differences = new LinkedHashMap<>();
        SourceTable.referenceTimelines().forEach((name, source) ->
                differences.putAll(KnownDifferences.between(name, source, shown.get(name))));
        assertEquals(KnownDifferences.describe(KnownDifferences.withoutReasons(KnownDifferences.TIMELINES)),
                KnownDifferences.describe(sorted(differences, KnownDifferences.TIMELINES)));
    }

    /** The differences found, known ones first in the order listed, so a failure reads as a diff of the two lists. */
    static Map<String, Difference> sorted(Map<String, Difference> found, Map<String, Difference> known) {
        Map<String, Difference> ordered = new LinkedHashMap<>();
        known.keySet().stream().filter(found::containsKey).forEach(cell -> ordered.put(cell, found.get(cell)));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }

    @Test
    void shouldKeepPercentagesAsExactNumbersThatOnlyTheFormatRounds() {
        Cell achieved = cell("Allegato A", "M10");
        assertEquals(CellType.NUMERIC, achieved.getCellType());
        assertEquals(1.88935, achieved.getNumericCellValue(), 1e-12);
        assertEquals("0.00%", achieved.getCellStyle().getDataFormatString());
        assertEquals(0.06, cell("Allegato A", "E4").getNumericCellValue(), 1e-12);
    }

    @Test
    void shouldWriteDatesAsDateCells() {
        Cell actualEnd = cell("ARTI crono 6", "H3");
        assertEquals(CellType.NUMERIC, actualEnd.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(actualEnd));
        assertEquals(LocalDate.of(2021, 3, 2), actualEnd.getLocalDateTimeCellValue().toLocalDate());
        assertEquals("dd/mm/yyyy", actualEnd.getCellStyle().getDataFormatString());
    }

    @Test
    void shouldWriteTextsMixingNumbersAndWordsAsText() {
        assertEquals(CellType.STRING, cell("Allegato A", "G13").getCellType());
        assertEquals("95,20% dato 2020", cell("Allegato A", "G13").getStringCellValue());
        assertEquals(">= dato finale anno precedente", cell("Allegato A", "I16").getStringCellValue());
        assertEquals("1.1", cell("Allegato A", "C4").getStringCellValue());
        Cell dash = cell("Allegato A", "G4");
        assertEquals("-", dash.getStringCellValue());
        assertFalse(dash.getCellStyle().getQuotePrefixed(), "a lone - is a placeholder, not a formula");
    }

    @Test
    void shouldMergeAreaAndObjectiveCellsOverTheirRows() {
        List<String> merged = workbook.getSheet("Allegato A").getMergedRegions().stream()
                .map(CellRangeAddress::formatAsString).toList();
        assertTrue(merged.containsAll(List.of("A1:R1", "D2:I2", "M2:O2", "P2:R2", "J2:J3", "A4:A12", "B4:B12",
                "C7:C8", "D7:D8", "E7:E8", "A18:A21", "C20:C21", "J20:J21", "K20:K21", "L20:L21", "A24:R24")),
                merged::toString);
        assertFalse(merged.contains("J7:J8"), "1.4's indicators have notes of their own");
        assertTrue(workbook.getSheet("ARTI crono 1").getMergedRegions().stream().map(CellRangeAddress::formatAsString)
                .toList().containsAll(List.of("A1:G1", "H1:J1", "A6:F6")));
    }

    @Test
    void shouldPrintLandscapeAsWideAsThePageWithTheHeadingsOnEveryPage() {
        for (Sheet sheet : workbook) {
            boolean main = sheet.getSheetName().equals("Allegato A");
            PrintSetup print = sheet.getPrintSetup();
            assertTrue(print.getLandscape(), sheet.getSheetName());
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(sheet.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertEquals(main ? "1:3" : "1:2", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals(main ? 3 : 2, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sheet.getFooter().getRight().contains("&P"), "page number in the footer");
        }
    }

    @Test
    void shouldWrapLongTextsInRowsTallEnoughToReadThem() {
        Sheet sheet = workbook.getSheet("Allegato A");
        Cell note = cell("Allegato A", "N20");
        assertTrue(note.getCellStyle().getWrapText());
        assertTrue(sheet.getRow(19).getHeightInPoints() > 100, "4.4's long monitoring note needs many lines");
        assertTrue(sheet.getColumnWidth(13) > sheet.getColumnWidth(2), "notes are wider than codes");
    }

    private static Cell cell(String sheet, String address) {
        CellReference reference = new CellReference(address);
        return workbook.getSheet(sheet).getRow(reference.getRow()).getCell(reference.getCol());
    }
}
