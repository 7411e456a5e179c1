package it.perfmon.allegato.rest;

import it.perfmon.allegato.table.AllegatoTable;
import it.perfmon.common.ContentDisposition;

/**
 * The download's name, e.g. allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx, and its Content-Disposition
 * ({@link ContentDisposition}).
 */
final class AllegatoFileName {

    private AllegatoFileName() {
    }

    static String of(AllegatoTable table, AllegatoFormat format) {
        return ("allegato-a-" + table.organisationCode() + "-" + table.year() + "-" + table.periodLabel() + "."
                + format.extension()).replace(' ', '-');
    }

    static String contentDisposition(String fileName) {
        return ContentDisposition.attachment(fileName);
    }

    static String ascii(String fileName) {
        return ContentDisposition.ascii(fileName);
    }

    static String percentEncoded(String fileName) {
        return ContentDisposition.percentEncoded(fileName);
    }
}
