package it.perfmon.allegato.imports.rest;

import it.perfmon.allegato.imports.service.AllegatoReader;
import it.perfmon.common.FieldError;
import it.perfmon.common.ProblemException;
import it.perfmon.common.ProblemType;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** An uploaded Allegato A: its layout, told by its media type, and its bytes, read up to the import limit. */
record Upload(AllegatoReader.Format format, byte[] bytes) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String TSV = "text/tab-separated-values";

    /** 415 for another media type (or text in another charset), 413 over the limit, 400 for an empty body. */
    static Upload read(String contentType, InputStream body, long maxBytes) {
        AllegatoReader.Format format = format(contentType);
        return new Upload(format, bytes(body, maxBytes));
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AllegatoReader.Format format(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        String essence = type == null ? "" : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (essence.equals(XLSX)) {
            return AllegatoReader.Format.XLSX;
        }
        if (essence.equals(ODS)) {
            return AllegatoReader.Format.ODS;
        }
        if (essence.equals(TSV) || essence.equals(MediaType.TEXT_PLAIN)) {
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                throw unsupported("Il testo deve essere codificato in UTF-8, non " + charset);
            }
            return AllegatoReader.Format.TEXT;
        }
        throw unsupported("Il file deve essere " + XLSX + " (XLSX), " + ODS + " (ODS) oppure " + TSV + " o text/plain (testo UTF-8), non "
                + (contentType == null ? "senza tipo" : contentType));
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(415, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Tipo di file non supportato",
                detail, List.of(new FieldError("Content-Type", detail)));
    }

    /** A body sent without a length (which BodySizeFilter cannot check) is cut off as soon as it is too large. */
    private static byte[] bytes(InputStream body, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (body) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(413, ProblemType.TOO_LARGE, "Richiesta troppo grande",
                            "Il file supera " + maxBytes + " byte", null);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total == 0) {
            throw ProblemException.invalid("body", "manca il file da importare");
        }
        return out.toByteArray();
    }
}
