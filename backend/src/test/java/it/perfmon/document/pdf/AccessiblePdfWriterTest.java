package it.perfmon.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.document.PublishedDocument;
import it.perfmon.document.PublishedDocument.Align;
import it.perfmon.document.PublishedDocument.Block;
import it.perfmon.document.PublishedDocument.BulletList;
import it.perfmon.document.PublishedDocument.Heading;
import it.perfmon.document.PublishedDocument.PageBreak;
import it.perfmon.document.PublishedDocument.Paragraph;
import it.perfmon.document.PublishedDocument.RowStyle;
import it.perfmon.document.PublishedDocument.Table;
import it.perfmon.document.PublishedDocument.TableCell;
import it.perfmon.document.PublishedDocument.TableRow;
import it.perfmon.testing.PdfConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every kind of block, a table over several pages with spans and row headers, validated by veraPDF. */
class AccessiblePdfWriterTest {

    static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneId.of("Europe/Rome"));

    static PublishedDocument sample(boolean landscape) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "Relazione sulla performance 2021"));
        blocks.add(Paragraph.of("L’Agenzia ha conseguito gli obiettivi dell’anno: qualità, più attività – e così via. "
                .repeat(12)));
        blocks.add(new Heading(2, "Obiettivi per area"));
        blocks.add(new BulletList(List.of("Primo punto dell’elenco", "Secondo punto, più lungo: ".repeat(15),
                "Terzo")));
        blocks.add(new Heading(3, "Risultati degli indicatori"));
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(RowStyle.HEADING, List.of(new TableCell("Area", 1, 2, Align.CENTER, false),
                new TableCell("Obiettivo", 1, 2, Align.CENTER, false),
                new TableCell("Indicatore", 3, 1, Align.CENTER, false))));
        rows.add(new TableRow(RowStyle.HEADING, List.of(TableCell.of("Nome"), TableCell.of("Target"),
                TableCell.of("Risultato"))));
        for (int area = 1; area <= 6; area++) {
            for (int objective = 1; objective <= 3; objective++) {
                for (int indicator = 1; indicator <= 3; indicator++) {
                    List<TableCell> cells = new ArrayList<>();
                    if (objective == 1 && indicator == 1) {
                        cells.add(new TableCell("Area " + area + " – " + "descrizione dell’area ".repeat(area), 1, 9,
                                Align.LEFT, false));
                    }
                    if (indicator == 1) {
                        cells.add(new TableCell(area + "." + objective, 1, 3, Align.LEFT, true));
                    }
                    cells.add(TableCell.of("Indicatore " + indicator + " " + "con un nome lungo ".repeat(indicator)));
                    cells.add(new TableCell("100,00%", 1, 1, Align.RIGHT, false));
                    cells.add(new TableCell(indicator == 2 ? "" : "95,50%", 1, 1, Align.RIGHT, false));
                    rows.add(new TableRow(RowStyle.BODY, cells));
                }
            }
        }
        rows.add(new TableRow(RowStyle.TOTAL, List.of(new TableCell("Totale", 2, 1, Align.LEFT, true),
                TableCell.of(""), new TableCell("100,00%", 1, 1, Align.RIGHT, false), TableCell.of(""))));
        blocks.add(new Table("Tabella 1 – Indicatori per obiettivo", List.of(20, 8, 40, 12, 12), rows, 2));
        blocks.add(new Paragraph("(1) Nota sotto la tabella.", true));
        blocks.add(new PageBreak());
        blocks.add(new Heading(2, "Una riga più alta di una pagina"));
        blocks.add(new Table(null, List.of(10, 90), List.of(
                new TableRow(RowStyle.HEADING, List.of(TableCell.of("Nr."), TableCell.of("Testo"))),
                new TableRow(RowStyle.BODY, List.of(new TableCell("1", 1, 1, Align.CENTER, true),
                        TableCell.of("Parola ".repeat(3000))))), 1));
        return new PublishedDocument("Relazione sulla performance 2021", "Agenzia di prova (AP)",
                "Prova di ogni blocco", "it-IT", landscape, blocks);
    }

    static byte[] render(PublishedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessiblePdfWriter.write(document, GENERATED, out);
        return out.toByteArray();
    }

    @Test
    void shouldWriteEveryBlockAsPdfA2AndPdfUa1() throws IOException {
        for (boolean landscape : List.of(false, true)) {
            byte[] pdf = render(sample(landscape));
            PdfConformance.assertConformant(pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                int pages = document.getNumberOfPages();
                assertTrue(pages >= 4, pages + " pages");
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Relazione sulla performance 2021"));
                assertTrue(text.contains("Pagina " + pages + " di " + pages));
                assertTrue(text.contains("Generato il 02/03/2026 alle 09:30"));
                assertTrue(text.contains("qualità, più attività"));
                assertEquals(3000, text.split("Parola", -1).length - 1, "every word of the tall row, once");
                List<String> tags = new ArrayList<>();
                collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), tags);
                for (String tag : List.of("Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table",
                        "Caption", "TR", "TH[Column]", "TH[Column,ColSpan=3]", "TH[Column,RowSpan=2]",
                        "TH[Row,RowSpan=3]", "TD[RowSpan=9]", "TD")) {
                    assertTrue(tags.contains(tag), tag + " in " + new java.util.TreeSet<>(tags));
                }
                assertEquals("it-IT", document.getDocumentCatalog().getLanguage());
            }
        }
    }

    /** Each element's type, with its table attributes in brackets: TH[Row,RowSpan=3]. */
    private static void collect(List<Object> kids, List<String> tags) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                List<String> attributes = new ArrayList<>();
                for (int i = 0; i < element.getAttributes().size(); i++) {
                    PDAttributeObject attribute = element.getAttributes().getObject(i);
                    if (attribute instanceof PDTableAttributeObject table) {
                        if (table.getScope() != null) {
                            attributes.add(table.getScope());
                        }
                        if (table.getColSpan() > 1) {
                            attributes.add("ColSpan=" + table.getColSpan());
                        }
                        if (table.getRowSpan() > 1) {
                            attributes.add("RowSpan=" + table.getRowSpan());
                        }
                    }
                }
                tags.add(element.getStructureType() + (attributes.isEmpty() ? "" : attributes.toString()
                        .replace(", ", ",")));
                collect(element.getKids(), tags);
            }
        }
    }

    @Test
    void shouldHaveTheValidatorRejectAnUntaggedPdf() throws IOException {
        // The check above means something only if veraPDF fails what is not conformant.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            PDPage page = new PDPage();
            plain.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(plain, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(50, 700);
                stream.showText("Non conforme");
                stream.endText();
            }
            plain.save(out);
        }
        List<String> pdfa = PdfConformance.failures(out.toByteArray(), PDFAFlavour.PDFA_2_A);
        List<String> pdfua = PdfConformance.failures(out.toByteArray(), PDFAFlavour.PDFUA_1);
        assertTrue(pdfa.size() > 2, String.join("\n", pdfa));
        assertTrue(pdfua.size() > 2, String.join("\n", pdfua));
    }
}
