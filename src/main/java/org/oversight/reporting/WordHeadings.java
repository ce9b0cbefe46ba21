package org.oversight.reporting;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.oversight.reporting.internal.DocxStyles;

/**
 * Word's own heading styles ("Heading1" to "Heading3") for a Word document another feature
 * writes, so its headings are real headings in the navigation pane and to screen readers.
 */
public final class WordHeadings {
    private WordHeadings() {
    }

    public static void addTo(XWPFDocument document) {
        DocxStyles.addTo(document);
    }
}
