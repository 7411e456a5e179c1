package it.perfmon.relazione.service;

import it.perfmon.evidence.EvidenceType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the Relazione names a file's type and size for a reader: "PDF", "1,2 MB". */
final class RelazioneFormats {

    private RelazioneFormats() {
    }

    static String typeName(String mediaType) {
        return EvidenceType.ofMediaType(mediaType).map(EvidenceType::name).orElse(mediaType);
    }

    /** Bytes below a kilobyte, else kB or MB with one decimal and the Italian comma (binary multiples). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        boolean mega = bytes >= 1024L * 1024;
        BigDecimal scaled = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mega ? 1024L * 1024 : 1024), 1,
                RoundingMode.HALF_UP);
        return scaled.toPlainString().replace('.', ',') + (mega ? " MB" : " kB");
    }
}
