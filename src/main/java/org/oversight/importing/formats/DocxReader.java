package org.oversight.importing.formats;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.oversight.importing.SourceBlock;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceText;
import org.springframework.stereotype.Component;

/**
 * Word (.docx): paragraphs and tables in reading order. Paragraphs in Word's heading styles
 * become headings of that level ("Title" is level 1); a short paragraph set wholly in bold
 * becomes a level 9 heading. Tables are read by {@link WordTables}.
 */
@Component
class DocxReader extends FormatReader {
    private static final Pattern HEADING_STYLE = Pattern.compile("heading([1-9])");
    private static final int SHORT_PARAGRAPH = 150;

    DocxReader(FormatLimits limits) {
        super(limits, "Word document");
    }

    @Override
    public boolean reads(String filename, byte[] firstBytes) {
        return FileBytes.hasExtension(filename, "docx", "docm", "dotx")
                && FileBytes.magic(firstBytes) != FileMagic.PDF;
    }

    @Override
    SourceDocument parse(byte[] bytes, String filename) throws Exception {
        OfficeFiles.requireOpenXml(bytes, filename, "Word", "docx", this);
        OfficeFiles.applyZipLimits(limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<SourceBlock> blocks = new ArrayList<>();
            int paragraphs = 0;
            int tables = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs++;
                    for (String line : WordTables.lines(paragraph)) {
                        blocks.add(new SourceText(line, headingLevel(document, paragraph), "paragraph " + paragraphs));
                    }
                } else if (element instanceof XWPFTable table) {
                    tables++;
                    blocks.add(WordTables.read(table, "table " + tables));
                }
            }
            return new SourceDocument(filename, blocks);
        }
    }

    static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId != null) {
            XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
            String name = (style != null && style.getName() != null ? style.getName() : styleId)
                    .toLowerCase(Locale.ROOT).replace(" ", "");
            Matcher heading = HEADING_STYLE.matcher(name);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
            if (name.equals("title")) {
                return 1;
            }
        }
        return allBold(paragraph) && paragraph.getText().strip().length() <= SHORT_PARAGRAPH ? 9 : 0;
    }

    private static boolean allBold(XWPFParagraph paragraph) {
        boolean anyText = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            anyText = true;
        }
        return anyText;
    }
}
