package it.perfmon.allegato.rest;

import it.perfmon.allegato.table.AllegatoTable;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The download's name, e.g. allegato-a-ARTI-2021-monitoraggio-intermedio.xlsx, and its Content-Disposition: a plain
 * ASCII filename for every client, plus filename* (RFC 6266, RFC 5987) in UTF-8 for those that read it.
 */
final class AllegatoFileName {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AllegatoFileName() {
    }

    static String of(AllegatoTable table, AllegatoFormat format) {
        return ("allegato-a-" + table.organisationCode() + "-" + table.year() + "-" + table.periodLabel() + "."
                + format.extension()).replace(' ', '-');
    }

    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Accents dropped (à → a), anything else outside letters, digits, dot, hyphen and underscore made a hyphen. */
    static String ascii(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0);
            encoded.append(plain ? String.valueOf(c) : "%" + String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }
}
