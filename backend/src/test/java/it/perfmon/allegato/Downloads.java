package it.perfmon.allegato;

import static io.restassured.RestAssured.given;

import it.perfmon.testing.Arti2021;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Downloads the Allegato A and reads it back as a person's spreadsheet shows it. */
final class Downloads {

    private Downloads() {
    }

    static byte[] allegato(long planId, long periodId, String format) {
        return given().queryParam("periodId", periodId).queryParam("format", format)
                .get("/api/v1/plans/{id}/allegato-a", planId)
                .then().statusCode(200).extract().asByteArray();
    }

    static byte[] arti2021Interim(String format) {
        return allegato(Arti2021.planId(), Arti2021.interimPeriodId(), format);
    }

    static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet's cells as Excel or LibreOffice set to Italian shows them (188,94%, 31/03/2021). */
    static Map<String, List<List<String>>> shown(XSSFWorkbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.ITALY);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        for (Sheet sheet : workbook) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
            sheets.put(sheet.getSheetName(), rows);
        }
        return sheets;
    }
}
