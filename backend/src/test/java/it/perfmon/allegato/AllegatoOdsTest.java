package it.perfmon.allegato;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import it.perfmon.testing.Arti2021;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The Allegato A as an OpenDocument spreadsheet: the XLSX's cells, types and merged regions, in LibreOffice's format. */
@QuarkusTest
class AllegatoOdsTest {

    private static final String PATH = "/api/v1/plans/{id}/allegato-a";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    @Test
    void shouldHoldTheSameCellsAsTheXlsx() {
        List<String> xlsx = OdsSheets.xlsxCells(Downloads.arti2021Interim("xlsx"));
        List<String> ods = OdsSheets.odsCells(Downloads.arti2021Interim("ods"));
        assertEquals(xlsx, ods);
        assertTrue(ods.size() > 400, "the whole plan");
        assertTrue(ods.stream().anyMatch(c -> c.startsWith("Allegato A!") && c.contains(" percentage ")),
                "percentages as percentage cells");
        assertTrue(ods.stream().anyMatch(c -> c.contains(" crono ") && c.contains(" date 2021-")), "dates as dates");
        assertTrue(ods.stream().anyMatch(c -> c.matches("Allegato A merged A4:A\\d+")), "area cells merged");
    }

    @Test
    void shouldDownloadAnOdsPackageNamedAfterPlanAndPeriodByParameterOrAccept() throws IOException {
        given().queryParam("format", "ods").queryParam("periodId", Arti2021.interimPeriodId())
                .get(PATH, Arti2021.planId()).then().statusCode(200).contentType(ODS)
                .header("Content-Disposition", equalTo("attachment; filename=\"allegato-a-ARTI-2021-monitoraggio-"
                        + "intermedio.ods\"; filename*=UTF-8''allegato-a-ARTI-2021-monitoraggio-intermedio.ods"));
        byte[] body = given().accept(ODS + ", application/pdf;q=0.5").queryParam("periodId", Arti2021.interimPeriodId())
                .get(PATH, Arti2021.planId()).then().statusCode(200).contentType(ODS)
                .header("Content-Disposition", containsString(".ods\"")).extract().asByteArray();
        // ODF packaging: the first entry is the uncompressed mimetype, so that the type shows in the first bytes.
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals(ODS, new String(zip.readAllBytes()));
        }
        assertTrue(OdsSheets.part(body, "META-INF/manifest.xml").contains("manifest:media-type=\"" + ODS + "\""));
    }
}
