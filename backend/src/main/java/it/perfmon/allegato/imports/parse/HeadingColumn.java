package it.perfmon.allegato.imports.parse;

import java.util.regex.Pattern;

/** A column recognised by its heading, whatever its position. */
interface HeadingColumn {

    /** The heading as the Allegato A prints it, for messages. */
    String label();

    /** Matches the heading once normalised by {@link Headings#normalise(String)}. */
    Pattern pattern();
}
