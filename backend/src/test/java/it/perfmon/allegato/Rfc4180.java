package it.perfmon.allegato;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of RFC 4180 CSV, with semicolons unless told otherwise: every record must end in CRLF, quotes only
 * around fields.
 */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String text) {
        return parse(text, ';');
    }

    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new AssertionError("Quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new AssertionError("CR without LF at " + i);
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\n') {
                throw new AssertionError("LF without CR at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("The last record does not end in CRLF");
        }
        return records;
    }
}
