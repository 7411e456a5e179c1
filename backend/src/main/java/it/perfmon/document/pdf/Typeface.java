package it.perfmon.document.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The one embedded face (Liberation Sans, shipped inside the OpenPDF jar, metric-compatible with Arial), subset and
 * with a ToUnicode map so that text can be searched, copied and read aloud. Bold is drawn by stroking the outline of
 * the regular glyphs: no bold file ships in a library on Maven Central, and the text underneath stays the same.
 */
final class Typeface {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    /** The outline stroke widens every glyph a little. */
    private static final float BOLD_WIDENING = 1.05f;
    static final float ASCENT = 0.905f;
    static final float LEADING = 1.18f;

    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    Typeface(PDDocument document) throws IOException {
        font = PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES), true);
    }

    /** The text with what the face cannot show replaced: tabs by spaces, control characters dropped, others by '?'. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\u00A0') {
                out.append(' ');
            } else if (c == '\n') {
                out.append('\n');
            } else if (!Character.isISOControl(c)) {
                out.appendCodePoint(printable.computeIfAbsent(c, this::canShow) ? c : '?');
            }
        });
        return out.toString();
    }

    private boolean canShow(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float width(String text, float size, boolean bold) {
        try {
            return font.getStringWidth(text) / 1000f * size * (bold ? BOLD_WIDENING : 1f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest word's width, to size headings of narrow columns so that no word is broken in two. */
    float longestWord(String text, float size, boolean bold) {
        float longest = 0;
        for (String word : printable(text).split("\\s+")) {
            longest = Math.max(longest, width(word, size, bold));
        }
        return longest;
    }

    /** The text broken into lines no wider than the width: at spaces, and inside words only when one is wider. */
    List<String> wrap(String text, float size, boolean bold, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size, bold) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size, bold) > width && rest.length() > 1) {
                    int fits = 1;
                    while (fits < rest.length() && width(rest.substring(0, fits + 1), size, bold) <= width) {
                        fits++;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        // A cell's trailing empty lines would only add height.
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Shows one line with its baseline at (x, y); bold strokes the outline too. */
    void show(PDPageContentStream stream, String line, float x, float y, float size, boolean bold) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setLineWidth(size * 0.035f);
        }
        stream.newLineAtOffset(x, y);
        stream.showText(line);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.endText();
    }

    private static byte[] fontBytes() {
        try (InputStream in = Typeface.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " not found on the class path (OpenPDF's jar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
