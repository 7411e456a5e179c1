package it.perfmon.document.docx;

import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Text into a run, its line breaks as Word's line breaks (a run's text cannot hold a newline). */
final class DocxText {

    private DocxText() {
    }

    static void set(XWPFRun run, String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
