package it.perfmon.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence: open and office documents, spreadsheets, data and pictures. The media type
 * is the one stored and served; the extensions are those a file of the type may be named with.
 */
public enum EvidenceType {

    PDF(Media.PDF, "un PDF", "pdf"),
    ODT(Media.ODT, "un documento ODT", "odt"),
    DOCX(Media.DOCX, "un documento DOCX", "docx"),
    ODS(Media.ODS, "un foglio di calcolo ODS", "ods"),
    XLSX(Media.XLSX, "un foglio di calcolo XLSX", "xlsx"),
    CSV(Media.CSV, "un file CSV", "csv"),
    PNG(Media.PNG, "un'immagine PNG", "png"),
    JPEG(Media.JPEG, "un'immagine JPEG", "jpg", "jpeg");

    /** The media types as constants, for the annotations that declare the download's content. */
    public static final class Media {
        public static final String PDF = "application/pdf";
        public static final String ODT = "application/vnd.oasis.opendocument.text";
        public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
        public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        public static final String CSV = "text/csv";
        public static final String PNG = "image/png";
        public static final String JPEG = "image/jpeg";

        private Media() {
        }
    }

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    EvidenceType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** How a sentence names a file of this type ("non un PDF"). */
    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<EvidenceType> ofExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(lower)).findFirst();
    }

    public static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** ".pdf, .odt, …" for messages. */
    public static String allExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList());
    }
}
