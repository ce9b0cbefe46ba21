package org.oversight.governance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes each minutes of the corpus as the Word document a clerk would have typed: one
 * paragraph per line, headings and decision words in bold, and resolved points as Word's own
 * numbered lists ((a), (i), 1)) rather than typed numbers. Run by scripts/make-minutes-corpus.sh;
 * the documents are kept beside the text so tests need neither this class nor Word.
 */
public final class MinutesCorpusDocx {
    private static final Pattern POINT = Pattern.compile("^(?:\\((?<letter>[a-h])\\)|(?<roman>[ivx]{1,5})[.)]|(?<digit>\\d{1,2})\\))\\s+(?<text>.+)$");
    private static final Pattern BOLD = Pattern.compile("^(?:RESOLVED|NOTED|RECOMMENDED|PART\\s+II|[A-Z]{2,6}/\\d{2}/\\d{1,3}|Minute \\d|\\d{1,3}\\.?\\s).*");

    private MinutesCorpusDocx() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus/minutes");
        try (DirectoryStream<Path> texts = Files.newDirectoryStream(folder, "*.txt")) {
            for (Path text : texts) {
                Path docx = folder.resolve(text.getFileName().toString().replace(".txt", ".docx"));
                try (OutputStream out = Files.newOutputStream(docx)) {
                    write(Files.readString(text), out);
                }
                System.out.println("Wrote " + docx);
            }
        }
    }

    static void write(String minutes, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFNumbering numbering = document.createNumbering();
            BigInteger letters = list(numbering, 1, STNumberFormat.LOWER_LETTER, "(%1)");
            BigInteger romans = list(numbering, 2, STNumberFormat.LOWER_ROMAN, "(%1)");
            BigInteger digits = list(numbering, 3, STNumberFormat.DECIMAL, "%1)");
            for (String line : minutes.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph paragraph = document.createParagraph();
                Matcher point = POINT.matcher(line);
                String text = line;
                if (point.matches()) {
                    paragraph.setNumID(point.group("letter") != null ? letters : point.group("roman") != null ? romans : digits);
                    text = point.group("text");
                }
                XWPFRun run = paragraph.createRun();
                run.setBold(BOLD.matcher(line).matches());
                run.setText(text.replace('\t', ' '));
            }
            document.write(out);
        }
    }

    private static BigInteger list(XWPFNumbering numbering, int id, STNumberFormat.Enum format, String shown) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(shown);
        level.addNewStart().setVal(BigInteger.ONE);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }
}
