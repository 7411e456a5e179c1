package it.perfmon.allegato.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import it.perfmon.allegato.table.AllegatoTable;
import java.awt.Color;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * On every page: the agency and the document's title above, the date of generation and "Pagina X di Y" below. The
 * total is known only at the end, so each page draws a shared template that is filled in when the document closes.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float POINTS = 7.5f;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm");

    private final AllegatoTable table;
    private final String generatedAt;
    private final BaseFont base;
    private final Font font;
    private PdfTemplate total;

    PageDecorations(AllegatoTable table, ZonedDateTime generatedAt, BaseFont base) {
        this.table = table;
        this.generatedAt = GENERATED.format(generatedAt);
        this.base = base;
        this.font = new Font(base, POINTS, Font.NORMAL, Color.DARK_GRAY);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 10);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 18;
        float bottom = document.bottom() - 20;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(table.organisationName() + " (" + table.organisationCode() + ")", font), left, top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(table.documentTitle(), font), right, top, 0);
        canvas.setLineWidth(0.4f);
        canvas.setColorStroke(Color.GRAY);
        canvas.moveTo(left, top - 4);
        canvas.lineTo(right, top - 4);
        canvas.stroke();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("Generato il " + generatedAt, font), left,
                bottom, 0);
        String page = "Pagina " + writer.getPageNumber() + " di ";
        float width = base.getWidthPoint(page, POINTS);
        float totalWidth = base.getWidthPoint("999", POINTS);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, font), right - totalWidth - width,
                bottom, 0);
        canvas.addTemplate(total, right - totalWidth, bottom);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(Integer.toString(writer.getPageNumber() - 1), font), 0, 0, 0);
    }
}
