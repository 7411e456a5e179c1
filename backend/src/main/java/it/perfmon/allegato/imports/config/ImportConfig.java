package it.perfmon.allegato.imports.config;

import io.smallrye.config.ConfigMapping;

/** Limits of Allegato A imports (perfmon.import.*): a file is refused beyond any of them. */
@ConfigMapping(prefix = "perfmon.import")
public interface ImportConfig {

    /** Largest file accepted, in bytes. */
    long maxBytes();

    /** Most lines of a text file, or rows of one sheet. */
    int maxRows();

    Xlsx xlsx();

    /** Limits of the zip reader of workbooks, against archives that expand without bound (zip bombs). */
    interface Xlsx {

        /** Smallest compressed/expanded size ratio of an entry (POI's ZipSecureFile). */
        double minInflateRatio();

        /** Largest expanded size of one entry of the archive, in bytes. */
        long maxEntryBytes();

        /** Most characters of text extracted from a workbook. */
        long maxTextChars();
    }
}
