package org.oversight.reporting.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own heading styles ("heading 1" to "heading 3"), so the navigation pane, a table of
 * contents and screen readers see real headings, and a clerk can restyle the pack with the
 * council's template.
 */
public final class DocxStyles {
    private DocxStyles() {
    }

    public static void addTo(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        heading(styles, "Heading1", "heading 1", 1, 36);
        heading(styles, "Heading2", "heading 2", 2, 28);
        heading(styles, "Heading3", "heading 3", 3, 24);
    }

    private static void heading(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        paragraph.addNewKeepNext();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
        spacing.setAfter(BigInteger.valueOf(120));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Arial");
        fonts.setHAnsi("Arial");
        styles.addStyle(new XWPFStyle(style));
    }
}
