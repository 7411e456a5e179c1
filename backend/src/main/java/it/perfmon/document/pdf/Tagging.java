package it.perfmon.document.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The logical structure of a tagged PDF: structure elements in reading order, the marked content on the pages that
 * each one owns, and the parent tree that leads a reader from a piece of content back to its element. Whatever is
 * drawn outside {@link #tagged} is wrapped in {@link #artifact} so that nothing on a page is left untagged.
 */
final class Tagging {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Per page, the element owning each marked-content id, in id order: the page's entry of the parent tree. */
    private final Map<PDPage, List<PDStructureElement>> owners = new IdentityHashMap<>();
    private final List<PDPage> pagesInOrder = new ArrayList<>();

    Tagging(String language) {
        document = new PDStructureElement("Document", root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element of the standard type given, appended as the last child of its parent. */
    static PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Draws content belonging to the element: marked content with a fresh id, referenced from the element. */
    void tagged(PDStructureElement element, PDPage page, PDPageContentStream stream, Drawing drawing)
            throws IOException {
        List<PDStructureElement> pageOwners = owners.computeIfAbsent(page, p -> {
            pagesInOrder.add(p);
            return new ArrayList<>();
        });
        int mcid = pageOwners.size();
        pageOwners.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        drawing.draw();
        stream.endMarkedContent();
    }

    /** Draws what is not content (page furniture, rules, fills, repeated headings): readers skip it. */
    static void artifact(PDPageContentStream stream, Drawing drawing) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        stream.endMarkedContent();
    }

    /** Writes the structure tree, the parent tree and the marks a reader looks for into the document's catalog. */
    void finish(PDDocument pdf) {
        COSArray numbers = new COSArray();
        int key = 0;
        for (PDPage page : pagesInOrder) {
            page.setStructParents(key);
            COSArray pageOwners = new COSArray();
            for (PDStructureElement owner : owners.get(page)) {
                pageOwners.add(owner);
            }
            numbers.add(COSInteger.get(key));
            numbers.add(pageOwners);
            key++;
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(key);
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
    }

    @FunctionalInterface
    interface Drawing {
        void draw() throws IOException;
    }
}
