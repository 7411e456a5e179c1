package it.perfmon.allegato.rest;

import it.perfmon.allegato.csv.AllegatoCsvWriter;
import it.perfmon.allegato.ods.AllegatoOdsWriter;
import it.perfmon.allegato.pdf.AllegatoPdfWriter;
import it.perfmon.allegato.xlsx.AllegatoXlsxWriter;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats of the Allegato A, by the name of the format parameter, which is also the file's extension. */
enum AllegatoFormat {
    XLSX(MediaType.valueOf(AllegatoXlsxWriter.MEDIA_TYPE)),
    PDF(MediaType.valueOf(AllegatoPdfWriter.MEDIA_TYPE)),
    CSV(MediaType.valueOf(AllegatoCsvWriter.MEDIA_TYPE).withCharset("UTF-8")),
    ODS(MediaType.valueOf(AllegatoOdsWriter.MEDIA_TYPE));

    private final MediaType mediaType;

    AllegatoFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AllegatoFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The first of the client's acceptable types, in its order of preference, that names a format exactly. */
    static Optional<AllegatoFormat> accepted(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            for (AllegatoFormat format : values()) {
                if (format.mediaType.isCompatible(type)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(AllegatoFormat::extension).toList());
    }
}
