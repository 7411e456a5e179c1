package it.perfmon.document.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document's styles: its language and font as defaults, and the built-in Heading 1..6 (named as Word and
 * LibreOffice name them, with their outline levels) so that navigation panes and tables of contents find them.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String NOTE = "Nota";
    static final String CAPTION = "Caption";
    static final String LIST = "ListParagraph";
    static final String TABLE_TEXT = "TestoTabella";

    private static final String FONT = "Arial";
    /** Half-points of body text and of the headings 1..6. */
    private static final int BODY = 21;
    private static final int[] HEADING_SIZES = {36, 30, 26, 23, 22, 21};

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    static void install(XWPFDocument document, String language) {
        XWPFStyles styles = document.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(BODY));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY));
        CTLanguage lang = run.addNewLang();
        lang.setVal(language);
        lang.setEastAsia(language);
        lang.setBidi(language);
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(120));
        styles.setStyles(ct);

        CTStyle normal = paragraphStyle(NORMAL, "Normal", null);
        normal.setDefault(true);
        styles.addStyle(new XWPFStyle(normal, styles));
        for (int level = 1; level <= 6; level++) {
            styles.addStyle(new XWPFStyle(headingStyle(level), styles));
        }
        CTStyle note = paragraphStyle(NOTE, "Nota", NORMAL);
        note.addNewRPr().addNewSz().setVal(BigInteger.valueOf(BODY - 4));
        styles.addStyle(new XWPFStyle(note, styles));
        CTStyle caption = paragraphStyle(CAPTION, "caption", NORMAL);
        CTRPr captionRun = caption.addNewRPr();
        captionRun.addNewI();
        captionRun.addNewSz().setVal(BigInteger.valueOf(BODY - 2));
        caption.addNewPPr().addNewKeepNext();
        styles.addStyle(new XWPFStyle(caption, styles));
        CTStyle list = paragraphStyle(LIST, "List Paragraph", NORMAL);
        list.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(40));
        styles.addStyle(new XWPFStyle(list, styles));
        CTStyle tableText = paragraphStyle(TABLE_TEXT, "Testo tabella", NORMAL);
        tableText.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        tableText.addNewRPr().addNewSz().setVal(BigInteger.valueOf(BODY - 3));
        styles.addStyle(new XWPFStyle(tableText, styles));
    }

    private static CTStyle headingStyle(int level) {
        CTStyle style = paragraphStyle(heading(level), "heading " + level, NORMAL);
        style.addNewNext().setVal(NORMAL);
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewKeepLines();
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
        spacing.setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewBCs();
        run.addNewSz().setVal(BigInteger.valueOf(HEADING_SIZES[level - 1]));
        run.addNewSzCs().setVal(BigInteger.valueOf(HEADING_SIZES[level - 1]));
        run.addNewColor().setVal(level == 1 ? "003366" : "00264D");
        return style;
    }

    private static CTStyle paragraphStyle(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return style;
    }
}
