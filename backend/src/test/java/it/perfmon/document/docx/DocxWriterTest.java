package it.perfmon.document.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.perfmon.document.PublishedDocument;
import it.perfmon.document.PublishedDocument.Align;
import it.perfmon.document.PublishedDocument.BulletList;
import it.perfmon.document.PublishedDocument.Heading;
import it.perfmon.document.PublishedDocument.PageBreak;
import it.perfmon.document.PublishedDocument.Paragraph;
import it.perfmon.document.PublishedDocument.RowStyle;
import it.perfmon.document.PublishedDocument.Table;
import it.perfmon.document.PublishedDocument.TableCell;
import it.perfmon.document.PublishedDocument.TableRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A document of every kind of block, written as DOCX and read back with POI as Word would read it. */
class DocxWriterTest {

    private static final ZonedDateTime GENERATED = ZonedDateTime.of(2022, 3, 15, 10, 30, 0, 0, ZoneId.of("Europe/Rome"));
    private static XWPFDocument document;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        // Row 1: "Area 1" spans two rows; "Obiettivi" spans two columns. Row 2 starts under "Area 1".
        Table table = new Table("Obiettivi per area", List.of(1, 2, 2), List.of(
                new TableRow(RowStyle.HEADING, List.of(TableCell.of("Area"), new TableCell("Obiettivi", 2, 1,
                        Align.CENTER, false))),
                new TableRow(RowStyle.BODY, List.of(new TableCell("Area 1", 1, 2, Align.LEFT, true),
                        TableCell.of("1.1"), new TableCell("88,41%", 1, 1, Align.RIGHT, false))),
                new TableRow(RowStyle.BODY, List.of(TableCell.of("1.2"), TableCell.of("riga\nsu due righe"))),
                new TableRow(RowStyle.TOTAL, List.of(new TableCell("Totale", 2, 1, Align.LEFT, true),
                        TableCell.of("100,00%")))), 1);
        PublishedDocument model = new PublishedDocument("Relazione di prova", "ARTI", "Una prova", "it-IT", true,
                List.of(new Heading(1, "Relazione di prova"), Paragraph.of("Introduzione"), new Heading(2, "Sezione"),
                        new BulletList(List.of("primo", "secondo")), table, new PageBreak(),
                        new Paragraph("Nota a margine", true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWriter.write(model, GENERATED, out);
        document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void shouldUseTheBuiltInHeadingStylesWithOutlineLevels() {
        XWPFParagraph title = document.getParagraphs().get(0);
        assertEquals("Relazione di prova", title.getText());
        assertEquals("Heading1", title.getStyle());
        assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
        assertEquals(BigInteger.ONE,
                document.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal());
    }

    @Test
    void shouldKeepTitleAuthorSubjectAndLanguage() {
        var core = document.getProperties().getCoreProperties();
        assertEquals("Relazione di prova", core.getTitle());
        assertEquals("ARTI", core.getCreator());
        assertEquals("Una prova", core.getSubject());
        assertEquals("it-IT", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
    }

    @Test
    void shouldNumberTheBulletsWithABulletFormat() {
        List<XWPFParagraph> items = document.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
        assertEquals(List.of("primo", "secondo"), items.stream().map(XWPFParagraph::getText).toList());
        assertEquals("bullet", items.get(0).getNumFmt());
    }

    @Test
    void shouldRepeatTheHeadingRowAndMergeSpannedCells() {
        XWPFTable table = document.getTables().get(0);
        assertEquals("Obiettivi per area", table.getCTTbl().getTblPr().getTblCaption().getVal());
        assertTrue(table.getRow(0).isRepeatHeader());
        assertFalse(table.getRow(1).isRepeatHeader());
        assertEquals(BigInteger.TWO, properties(table.getRow(0).getCell(1)).getGridSpan().getVal());
        assertEquals(STMerge.RESTART, properties(table.getRow(1).getCell(0)).getVMerge().getVal());
        XWPFTableCell continuation = table.getRow(2).getCell(0);
        assertNotNull(properties(continuation).getVMerge(), "the cell under Area 1 continues its merge");
        assertEquals("", continuation.getText());
        assertEquals("1.2", table.getRow(2).getCell(1).getText());
        assertEquals("riga\nsu due righe", table.getRow(2).getCell(2).getText());
        assertEquals("Totale", table.getRow(3).getCell(0).getText());
        assertEquals(3, table.getCTTbl().getTblGrid().sizeOfGridColArray());
    }

    @Test
    void shouldPrintPageNumbersAndTheDateInTheFooter() {
        String footer = document.getFooterList().get(0).getText();
        assertTrue(footer.contains("Generato il 15/03/2022 alle 10:30"), footer);
        assertTrue(footer.contains("Pagina"), footer);
        String xml = document.getFooterList().get(0)._getHdrFtr().xmlText();
        assertTrue(xml.contains("PAGE") && xml.contains("NUMPAGES"), xml);
    }

    @Test
    void shouldLayTheWidePagesInLandscape() {
        assertEquals(STPageOrientation.LANDSCAPE, document.getDocument().getBody().getSectPr().getPgSz().getOrient());
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }
}
