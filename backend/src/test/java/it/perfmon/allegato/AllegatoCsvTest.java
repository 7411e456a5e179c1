package it.perfmon.allegato;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main table of the 2021 plan at 30/06/2021 as CSV for Italian spreadsheets, cell by cell as published. */
@QuarkusTest
class AllegatoCsvTest {

    private static byte[] csv;

    @BeforeEach
    void download() {
        if (csv == null) {
            csv = Downloads.arti2021Interim("csv");
        }
    }

    @Test
    void shouldStartWithAByteOrderMarkSoExcelReadsUtf8() {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertTrue(text().contains("dignità del lavoro"), "UTF-8 accents");
    }

    @Test
    void shouldWriteEighteenSemicolonSeparatedCellsPerRecordEndingInCrlf() {
        // The source's sixteen columns, then the deviation's explanation and the corrective actions.
        List<List<String>> records = Rfc4180.parse(text());
        assertEquals(24, records.size());
        records.forEach(record -> assertEquals(18, record.size(), record::toString));
    }

    @Test
    void shouldShowEveryCellAsTheSourceDoesBarTheKnownDifferences() {
        var differences = KnownDifferences.between(null, SourceTable.realignedMain(), Rfc4180.parse(text()));
        assertEquals(KnownDifferences.describe(KnownDifferences.withoutReasons(KnownDifferences.MAIN)),
                KnownDifferences.describe(AllegatoXlsxTest.sorted(differences, KnownDifferences.MAIN)));
    }

    @Test
    void shouldQuoteFieldsHoldingSemicolonsOrQuotes() {
        // 1.5's programming link holds a semicolon, 1.4's note holds quotes.
        assertTrue(text().contains(";\"Progetto DEFR n. 11; Programma di Governo 2020-2025\";"));
        assertTrue(text().contains("\"\"Piano straordinario di potenziamento dei centri per l'impiego e delle "
                + "politiche del lavoro\"\""));
    }

    private static String text() {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
