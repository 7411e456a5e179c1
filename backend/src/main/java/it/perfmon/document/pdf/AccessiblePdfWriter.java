package it.perfmon.document.pdf;

import it.perfmon.document.PublishedDocument;
import it.perfmon.document.PublishedDocument.Block;
import it.perfmon.document.PublishedDocument.BulletList;
import it.perfmon.document.PublishedDocument.Heading;
import it.perfmon.document.PublishedDocument.PageBreak;
import it.perfmon.document.PublishedDocument.Paragraph;
import it.perfmon.document.PublishedDocument.Table;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;

/**
 * Writes a {@link PublishedDocument} as a PDF for publication that is both PDF/A-2 (archivable: fonts embedded, sRGB
 * output intent, XMP metadata) and PDF/UA-1 (tagged for screen readers: every heading, paragraph, list and table
 * cell is a structure element in reading order, everything else an artifact). A4, portrait or landscape; on every
 * page the organisation and the title above, the date of generation and "Pagina X di Y" below.
 */
public final class AccessiblePdfWriter {

    public static final String MEDIA_TYPE = "application/pdf";

    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color FURNITURE = new Color(0x40, 0x40, 0x40);
    static final Color RULE = new Color(0x80, 0x80, 0x80);
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm");
    private static final float BODY_POINTS = 10f;
    private static final float NOTE_POINTS = 8f;
    private static final float FURNITURE_POINTS = 7.5f;
    private static final float[] HEADING_POINTS = {15f, 13f, 11.5f, 10.5f, 10f, 10f};
    private static final float LIST_INDENT = 14f;

    private final PublishedDocument document;
    private final PDDocument pdf;
    private final Typeface face;
    private final Tagging tagging;
    private final PDRectangle mediaBox;
    private final float side;
    private final float top;
    private final float bottom;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private float y;
    private String lastHeading;

    private AccessiblePdfWriter(PublishedDocument document, PDDocument pdf) throws IOException {
        this.document = document;
        this.pdf = pdf;
        this.face = new Typeface(pdf);
        this.tagging = new Tagging(document.language());
        // A landscape media box rather than a rotated portrait one, which some tools and printers handle badly.
        this.mediaBox = document.landscape() ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        this.side = document.landscape() ? 28f : 50f;
        this.top = document.landscape() ? 46f : 60f;
        this.bottom = document.landscape() ? 40f : 50f;
    }

    public static void write(PublishedDocument document, ZonedDateTime generatedAt, OutputStream out)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            AccessiblePdfWriter writer = new AccessiblePdfWriter(document, pdf);
            writer.content();
            writer.decorate(generatedAt);
            writer.tagging.finish(pdf);
            Archival.describe(pdf, document, generatedAt);
            pdf.save(bytes);
        }
        out.write(bytes.toByteArray());
    }

    private void content() throws IOException {
        newPage();
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                heading(heading);
            } else if (block instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (block instanceof BulletList list) {
                list(list);
            } else if (block instanceof Table table) {
                new TableWriter(this, table, lastHeading).write(tagging.document());
            } else if (block instanceof PageBreak && !atTop()) {
                newPage();
            }
        }
        for (PDPageContentStream stream : streams) {
            stream.close();
        }
    }

    private void heading(Heading heading) throws IOException {
        float size = HEADING_POINTS[heading.level() - 1];
        float leading = size * Typeface.LEADING;
        List<String> lines = face.wrap(heading.text(), size, true, width());
        if (!atTop()) {
            y -= size * 0.6f;
        }
        // A heading is kept with at least a few lines of what it heads.
        ensure(lines.size() * leading + 4 * BODY_POINTS * Typeface.LEADING);
        PDStructureElement element = Tagging.element("H" + heading.level(), tagging.document());
        drawLines(element, lines, left(), size, true, TEXT);
        y -= size * 0.4f;
        lastHeading = heading.text();
    }

    private void paragraph(Paragraph paragraph) throws IOException {
        float size = paragraph.note() ? NOTE_POINTS : BODY_POINTS;
        PDStructureElement element = Tagging.element("P", tagging.document());
        flow(element, face.wrap(paragraph.text(), size, false, width()), left(), size,
                paragraph.note() ? FURNITURE : TEXT);
        y -= size * 0.6f;
    }

    private void list(BulletList list) throws IOException {
        PDStructureElement element = Tagging.element("L", tagging.document());
        PDListAttributeObject numbering = new PDListAttributeObject();
        numbering.setListNumbering(PDListAttributeObject.LIST_NUMBERING_DISC);
        element.addAttribute(numbering);
        float leading = BODY_POINTS * Typeface.LEADING;
        for (String item : list.items()) {
            PDStructureElement listItem = Tagging.element("LI", element);
            PDStructureElement label = Tagging.element("Lbl", listItem);
            PDStructureElement body = Tagging.element("LBody", listItem);
            List<String> lines = face.wrap(item, BODY_POINTS, false, width() - LIST_INDENT);
            ensure(leading);
            drawLines(label, List.of("•"), left() + 3, BODY_POINTS, false, TEXT);
            y += leading;
            flow(body, lines, left() + LIST_INDENT, BODY_POINTS, TEXT);
            y -= BODY_POINTS * 0.25f;
        }
        y -= BODY_POINTS * 0.4f;
    }

    /** Lines of one element, continued on the next page when they do not fit. */
    private void flow(PDStructureElement element, List<String> lines, float x, float size, Color color)
            throws IOException {
        float leading = size * Typeface.LEADING;
        int from = 0;
        while (from < lines.size()) {
            ensure(leading);
            int fitting = Math.max(1, (int) Math.floor((y - bottom) / leading + 0.001f));
            int to = Math.min(lines.size(), from + fitting);
            drawLines(element, lines.subList(from, to), x, size, false, color);
            from = to;
        }
    }

    private void drawLines(PDStructureElement element, List<String> lines, float x, float size, boolean bold,
            Color color) throws IOException {
        float leading = size * Typeface.LEADING;
        float first = y - size * Typeface.ASCENT;
        tagging.tagged(element, page(), stream(), () -> {
            stream().setNonStrokingColor(color);
            stream().setStrokingColor(color);
            float baseline = first;
            for (String line : lines) {
                if (!line.isEmpty()) {
                    face.show(stream(), line, x, baseline, size, bold);
                }
                baseline -= leading;
            }
        });
        y -= lines.size() * leading;
    }

    /** On every page, as artifacts: the organisation and the title above a rule, the date and the page below. */
    private void decorate(ZonedDateTime generatedAt) throws IOException {
        String generated = "Generato il " + GENERATED.format(generatedAt);
        String organisation = document.author() == null ? "" : document.author();
        float headerBaseline = mediaBox.getHeight() - top + 18;
        float footerBaseline = bottom - 20;
        float right = mediaBox.getWidth() - side;
        for (int i = 0; i < pages.size(); i++) {
            String pageNumber = "Pagina " + (i + 1) + " di " + pages.size();
            try (PDPageContentStream stream = new PDPageContentStream(pdf, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                Tagging.artifact(stream, () -> {
                    stream.setNonStrokingColor(FURNITURE);
                    String title = face.printable(document.title());
                    float titleWidth = face.width(title, FURNITURE_POINTS, false);
                    String org = fit(face.printable(organisation), right - side - titleWidth - 20);
                    face.show(stream, org, side, headerBaseline, FURNITURE_POINTS, false);
                    face.show(stream, title, right - titleWidth, headerBaseline, FURNITURE_POINTS, false);
                    stream.setStrokingColor(RULE);
                    stream.setLineWidth(0.4f);
                    stream.moveTo(side, headerBaseline - 4);
                    stream.lineTo(right, headerBaseline - 4);
                    stream.stroke();
                    face.show(stream, generated, side, footerBaseline, FURNITURE_POINTS, false);
                    face.show(stream, pageNumber, right - face.width(pageNumber, FURNITURE_POINTS, false),
                            footerBaseline, FURNITURE_POINTS, false);
                });
            }
        }
    }

    private String fit(String text, float width) {
        String fitted = text;
        while (fitted.length() > 1 && face.width(fitted, FURNITURE_POINTS, false) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }

    // The page the content flows on, for the table writer.

    void newPage() throws IOException {
        PDPage page = new PDPage(mediaBox);
        // Tab order follows the structure (PDF/UA).
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        pdf.addPage(page);
        pages.add(page);
        streams.add(new PDPageContentStream(pdf, page));
        y = mediaBox.getHeight() - top;
    }

    /** Starts a new page unless the height fits on this one, or this one is still empty. */
    void ensure(float height) throws IOException {
        if (y - height < bottom && !atTop()) {
            newPage();
        }
    }

    boolean atTop() {
        return y >= mediaBox.getHeight() - top - 0.01f;
    }

    PDPage page() {
        return pages.get(pages.size() - 1);
    }

    PDPageContentStream stream() {
        return streams.get(streams.size() - 1);
    }

    float y() {
        return y;
    }

    void y(float y) {
        this.y = y;
    }

    float left() {
        return side;
    }

    float width() {
        return mediaBox.getWidth() - 2 * side;
    }

    float bottom() {
        return bottom;
    }

    /** The height of an empty page's content area. */
    float pageHeight() {
        return mediaBox.getHeight() - top - bottom;
    }

    Typeface face() {
        return face;
    }

    Tagging tagging() {
        return tagging;
    }
}
