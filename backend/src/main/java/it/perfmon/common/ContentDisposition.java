package it.perfmon.common;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a download: a plain ASCII filename for every client, plus filename* (RFC 6266, RFC 5987)
 * with the real name in UTF-8 for those that read it. Neither can break out of the header: quotes, semicolons,
 * backslashes and control characters never appear unencoded.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Accents dropped (à → a), anything else outside letters, digits, dot, hyphen and underscore made a hyphen. */
    public static String ascii(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** RFC 5987's value-chars: attr-chars as they are, every other byte of the UTF-8 encoding as %XX. */
    public static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0);
            encoded.append(plain ? String.valueOf(c) : "%" + String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }
}
