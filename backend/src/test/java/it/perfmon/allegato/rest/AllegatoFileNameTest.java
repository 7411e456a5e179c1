package it.perfmon.allegato.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AllegatoFileNameTest {

    @Test
    void shouldGiveAnAsciiNameAndTheUtf8OneBeside() {
        assertEquals("attachment; filename=\"allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx\"; "
                        + "filename*=UTF-8''allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx",
                AllegatoFileName.contentDisposition("allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx"));
        assertEquals("attachment; filename=\"allegato-a-CITTA-2021-x.pdf\"; filename*=UTF-8''allegato-a-CITT%C3%80-2021-x.pdf",
                AllegatoFileName.contentDisposition("allegato-a-CITTÀ-2021-x.pdf"));
    }

    @Test
    void shouldKeepQuotesAndSeparatorsOutOfTheAsciiName() {
        assertEquals("allegato-a-A--B-2021.csv", AllegatoFileName.ascii("allegato-a-A\"/B-2021.csv"));
        assertEquals("a%20b%22%3B.csv", AllegatoFileName.percentEncoded("a b\";.csv"));
    }
}
