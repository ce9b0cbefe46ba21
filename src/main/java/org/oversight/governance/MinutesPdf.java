package org.oversight.governance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns minutes saved as PDF into the text {@link MinutesReader} reads, as {@link MinutesDocx}
 * does for Word: the lines of each page in reading order, running headers and footers that
 * repeat on every page and page numbers ("Page 3 of 7") left out, the lines of one paragraph
 * joined again (a line that ends near the right margin, where the next line's first word would
 * not have fitted, goes on into the next; where the PDF ends wrapped lines with a space, as
 * LibreOffice and Word write them, only such a line) with a blank line between paragraphs. A word broken
 * by a hyphen at a line end is joined without the hyphen only when the document spells the
 * word whole elsewhere; otherwise the hyphen stays. Each paragraph keeps the page and line it
 * starts on, so warnings can name them. A PDF with no text layer (a scan) is refused.
 */
final class MinutesPdf {
    static final int MAX_PAGES = 500;
    /** Fewer letters than this in the whole document: a scan, not text. */
    private static final int MIN_LETTERS = 20;
    private static final Pattern LIST_POINT = Pattern.compile("^(?:\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,5})[).]|[-•·–])\\s.*");
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}+)");

    private MinutesPdf() {
    }

    /** A PDF without a text layer: a scan or a picture of the pages. */
    static final class NoText extends IOException {
        NoText() {
            super("this PDF has no text to read: it is probably a scan or a picture of the pages. Upload the Word document"
                    + " the minutes were written in, or run the PDF through text recognition (OCR) first");
        }
    }

    /** The text of the minutes, and where each of its lines starts in the PDF. */
    record Read(String text, List<String> places) {
        /** "page N, line M" for a line of the text (counted from 1, as warnings count). */
        String place(int line) {
            return places.get(Math.max(0, Math.min(line, places.size()) - 1));
        }
    }

    /** One line of a page as PDFBox lays it out, with how far it reaches across. */
    private record Line(int page, int number, String text, float left, float right, float top, float firstWord, float space) {
    }

    static Read read(byte[] bytes) throws IOException {
        try (PDDocument pdf = load(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new IOException("this PDF has " + pages + " pages; minutes are read from at most " + MAX_PAGES);
            }
            Lines stripper = new Lines();
            stripper.getText(pdf);
            List<Line> lines = stripper.lines;
            long letters = lines.stream().flatMapToInt(l -> l.text().codePoints()).filter(Character::isLetter).count();
            if (letters < MIN_LETTERS) {
                throw new NoText();
            }
            return paragraphs(withoutRunningLines(lines, pages));
        }
    }

    private static PDDocument load(byte[] bytes) throws IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new IOException("this PDF is protected with a password; save a copy without the password and upload that");
        }
    }

    /**
     * The lines without page numbers at the top or bottom of their page, and without a line
     * that stands at the top or bottom of every page (a council's name, "Cabinet - 4 November
     * 2026"), page numbers in it set aside.
     */
    private static List<Line> withoutRunningLines(List<Line> lines, int pages) {
        Map<Integer, List<Line>> byPage = new HashMap<>();
        lines.forEach(l -> byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
        Map<String, java.util.Set<Integer>> edgePages = new HashMap<>();
        for (List<Line> page : byPage.values()) {
            for (Line edge : edges(page)) {
                edgePages.computeIfAbsent(key(edge, pages), k -> new java.util.HashSet<>()).add(edge.page());
            }
        }
        List<Line> kept = new ArrayList<>();
        for (Line line : lines) {
            List<Line> page = byPage.get(line.page());
            boolean edge = edges(page).contains(line);
            String key = key(line, pages);
            boolean pageNumber = key.matches("(?:page )?#(?: ?(?:of|/) ?#)?|[-–—] ?# ?[-–—]");
            boolean running = pages > 1 && key.chars().anyMatch(Character::isLetter) && edgePages.getOrDefault(key, java.util.Set.of()).size() == pages;
            if (!(edge && (pageNumber || running))) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The first two and last two lines of a page, where running headers and footers stand. */
    private static List<Line> edges(List<Line> page) {
        List<Line> edges = new ArrayList<>(page.subList(0, Math.min(2, page.size())));
        page.subList(Math.max(0, page.size() - 2), page.size()).stream().filter(l -> !edges.contains(l)).forEach(edges::add);
        return edges;
    }

    /** A line's text with its own page number and the number of pages as "#", to match across pages. */
    private static String key(Line line, int pages) {
        String text = line.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        text = text.replaceAll("(?<!\\d)" + line.page() + "(?!\\d)", "#");
        return text.replaceAll("(?<=of |/ ?)" + pages + "(?!\\d)", "#");
    }

    private static Read paragraphs(List<Line> lines) {
        float margin = (float) lines.stream().mapToDouble(Line::right).max().orElse(0);
        Map<Integer, Float> step = lineSteps(lines);
        boolean marksWraps = lines.stream().anyMatch(l -> l.text().endsWith(" "));
        List<StringBuilder> paragraphs = new ArrayList<>();
        List<String> places = new ArrayList<>();
        String whole = " " + String.join(" ", lines.stream().map(Line::text).toList()).toLowerCase(Locale.ROOT) + " ";
        Line previous = null;
        for (Line line : lines) {
            String text = line.text().strip();
            if (previous != null && continues(previous, line, margin, marksWraps, step)) {
                StringBuilder paragraph = paragraphs.get(paragraphs.size() - 1);
                join(paragraph, text, whole);
            } else {
                paragraphs.add(new StringBuilder(text));
                places.add("page " + line.page() + ", line " + line.number());
            }
            previous = line;
        }
        StringBuilder text = new StringBuilder();
        List<String> linePlaces = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            text.append(paragraphs.get(i)).append("\n\n");
            linePlaces.add(places.get(i));
            linePlaces.add(places.get(i));
        }
        return new Read(text.toString(), linePlaces);
    }

    /** The usual distance from one line to the next on each page. */
    private static Map<Integer, Float> lineSteps(List<Line> lines) {
        Map<Integer, List<Float>> gaps = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            if (a.page() == b.page() && b.top() > a.top()) {
                gaps.computeIfAbsent(a.page(), p -> new ArrayList<>()).add(b.top() - a.top());
            }
        }
        Map<Integer, Float> steps = new HashMap<>();
        gaps.forEach((page, list) -> {
            list.sort(null);
            steps.put(page, list.get(list.size() / 2));
        });
        return steps;
    }

    /**
     * Whether a line goes on from the one before: the one before ends with a space or a hyphen
     * (in a PDF that marks wrapped lines so; margin -1) or else reaches so near the right
     * margin that this line's first word would not have fitted after it, and does not end a
     * sentence before a line that starts with a capital, a number or a bracket; this line is not a
     * numbered or bulleted point, and (on one page) no wider gap than usual lies between them.
     */
    private static boolean continues(Line previous, Line line, float margin, boolean marksWraps, Map<Integer, Float> steps) {
        if (previous.text().isBlank() || LIST_POINT.matcher(line.text().strip()).matches()) {
            return false;
        }
        if (previous.page() == line.page()) {
            float step = steps.getOrDefault(line.page(), 0f);
            if (line.top() <= previous.top() || line.top() - previous.top() > step * 1.4f) {
                return false;
            }
        } else if (line.page() != previous.page() + 1) {
            return false;
        }
        if (marksWraps && (previous.text().endsWith(" ") || previous.text().endsWith("-") || previous.text().endsWith("\u00ad"))) {
            return true;
        }
        boolean sentenceEnds = previous.text().matches(".*[.:;!?]") && !Character.isLowerCase(line.text().strip().codePointAt(0));
        return !sentenceEnds && previous.right() + previous.space() + line.firstWord() > margin;
    }

    /** Adds a line to its paragraph, mending a word broken by a hyphen when the document spells it whole. */
    private static void join(StringBuilder paragraph, String text, String whole) {
        Matcher broken = BROKEN_WORD.matcher(paragraph);
        Matcher next = FIRST_WORD.matcher(text);
        if (paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == '\u00ad') {
            paragraph.setLength(paragraph.length() - 1);
            paragraph.append(text);
        } else if (broken.find() && next.find()) {
            String word = (broken.group(1) + next.group(1)).toLowerCase(Locale.ROOT);
            if (Pattern.compile("[^\\p{L}-]" + Pattern.quote(word) + "[^\\p{L}-]").matcher(whole).find()) {
                paragraph.setLength(paragraph.length() - 1);
            }
            paragraph.append(text);
        } else {
            paragraph.append(' ').append(text);
        }
    }

    /** Collects the lines of every page, in reading order, with where they lie. */
    private static final class Lines extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();
        private float firstWord = -1;
        private int number;

        Lines() {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) {
            number = 0;
        }

        @Override
        protected void writeString(String words, List<TextPosition> letters) {
            if (firstWord < 0 && !letters.isEmpty() && text.toString().isBlank()) {
                firstWord = firstWordWidth(words.stripLeading(), letters);
            }
            text.append(words);
            positions.addAll(letters);
        }

        /** How wide the first word of a line is: its letters, from the first to the last before a space. */
        private static float firstWordWidth(String words, List<TextPosition> letters) {
            int length = words.split("\\s", 2)[0].length();
            int seen = 0;
            TextPosition last = letters.get(0);
            for (TextPosition letter : letters) {
                if (seen >= length || letter.getUnicode().isBlank()) {
                    break;
                }
                last = letter;
                seen += letter.getUnicode().length();
            }
            return last.getXDirAdj() + last.getWidthDirAdj() - letters.get(0).getXDirAdj();
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writePageEnd() {
            flush();
        }

        private void flush() {
            if (!positions.isEmpty() && !text.toString().isBlank()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                float right = (float) positions.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElse(0);
                number++;
                lines.add(new Line(getCurrentPageNo(), number, text.toString(), first.getXDirAdj(), right,
                        last.getYDirAdj(), firstWord, Math.max(first.getWidthOfSpace(), 1f)));
            }
            text.setLength(0);
            positions.clear();
            firstWord = -1;
        }
    }
}
