package it.perfmon.document.docx;

import it.perfmon.document.PublishedDocument;
import it.perfmon.document.PublishedDocument.Block;
import it.perfmon.document.PublishedDocument.BulletList;
import it.perfmon.document.PublishedDocument.Heading;
import it.perfmon.document.PublishedDocument.PageBreak;
import it.perfmon.document.PublishedDocument.Paragraph;
import it.perfmon.document.PublishedDocument.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A {@link PublishedDocument} as a Word document (DOCX) to finish by hand: headings in the built-in Heading styles
 * (navigation pane, table of contents), the document's language, tables whose heading rows repeat on every page,
 * bullet lists with real numbering, and "Pagina X di Y" with the date of generation in the footer.
 */
public final class DocxWriter {

    public static final String MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A4 in twentieths of a point, and margins of 2 cm. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm");

    private final PublishedDocument model;
    private final XWPFDocument document = new XWPFDocument();
    private BigInteger bullets;

    private DocxWriter(PublishedDocument model) {
        this.model = model;
    }

    public static void write(PublishedDocument document, ZonedDateTime generatedAt, OutputStream out)
            throws IOException {
        new DocxWriter(document).write(generatedAt, out);
    }

    private void write(ZonedDateTime generatedAt, OutputStream out) throws IOException {
        try (document) {
            properties(generatedAt);
            DocxStyles.install(document, model.language());
            int textWidth = page();
            footer(generatedAt);
            for (Block block : model.blocks()) {
                block(block, textWidth);
            }
            document.write(out);
        }
    }

    private void properties(ZonedDateTime generatedAt) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(model.title());
        core.setCreator(model.author());
        core.setSubjectProperty(model.subject());
        core.setCreated(Optional.of(Date.from(generatedAt.toInstant())));
        core.getUnderlyingProperties().setLanguageProperty(model.language());
    }

    /** A4, portrait or landscape; returns the width left for text. */
    private int page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        if (model.landscape()) {
            size.setW(BigInteger.valueOf(A4_LONG));
            size.setH(BigInteger.valueOf(A4_SHORT));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(A4_SHORT));
            size.setH(BigInteger.valueOf(A4_LONG));
            size.setOrient(STPageOrientation.PORTRAIT);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
        return (model.landscape() ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    private void footer(ZonedDateTime generatedAt) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setStyle(DocxStyles.NOTE);
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        paragraph.createRun().setText(model.title() + " · Generato il " + GENERATED.format(generatedAt) + " · Pagina ");
        field(paragraph, "PAGE", "1");
        paragraph.createRun().setText(" di ");
        field(paragraph, "NUMPAGES", "1");
    }

    /** A field the reader computes (page number, page count), showing {@code placeholder} until it does. */
    private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " \\* MERGEFORMAT ");
        field.addNewR().addNewT().setStringValue(placeholder);
    }

    private void block(Block block, int textWidth) {
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (block instanceof BulletList list) {
            list(list);
        } else if (block instanceof Table table) {
            DocxTables.write(document, table, textWidth);
        } else if (block instanceof PageBreak) {
            document.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    private void heading(Heading heading) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(DocxStyles.heading(heading.level()));
        paragraph.createRun().setText(heading.text());
    }

    private void paragraph(Paragraph source) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(source.note() ? DocxStyles.NOTE : DocxStyles.NORMAL);
        DocxText.set(paragraph.createRun(), source.text());
    }

    private void list(BulletList list) {
        BigInteger numbering = bullets();
        for (String item : list.items()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(DocxStyles.LIST);
            paragraph.setNumID(numbering);
            paragraph.setNumILvl(BigInteger.ZERO);
            XWPFRun run = paragraph.createRun();
            DocxText.set(run, item);
        }
    }

    /** The one bullet numbering every list uses, defined at its first use. */
    private BigInteger bullets() {
        if (bullets == null) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ONE);
            CTLvl level = definition.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.BULLET);
            level.addNewLvlText().setVal("•");
            level.addNewLvlJc().setVal(STJc.LEFT);
            CTInd indent = level.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(720));
            indent.setHanging(BigInteger.valueOf(360));
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
            bullets = numbering.addNum(abstractId);
        }
        return bullets;
    }
}
