package it.perfmon.relazione.rest;

import it.perfmon.document.docx.DocxWriter;
import it.perfmon.document.pdf.AccessiblePdfWriter;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats of the Relazione, by the name of the format parameter, which is also the file's extension. */
enum RelazioneFormat {
    PDF(MediaType.valueOf(AccessiblePdfWriter.MEDIA_TYPE)),
    DOCX(MediaType.valueOf(DocxWriter.MEDIA_TYPE));

    private final MediaType mediaType;

    RelazioneFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RelazioneFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The first of the client's acceptable types, in its order of preference, that names a format exactly. */
    static Optional<RelazioneFormat> accepted(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            for (RelazioneFormat format : values()) {
                if (format.mediaType.isCompatible(type)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(RelazioneFormat::extension).toList());
    }
}
