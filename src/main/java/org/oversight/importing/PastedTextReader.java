package org.oversight.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads pasted or extracted text: lines with tabs are table rows (a table runs until a line
 * of ordinary text; blank lines inside it are page breaks), other lines are paragraphs, and a
 * line that is wholly bold ({@code **...**}) or starts with {@code #} is a heading. List items
 * keep a leading "• " so the understanding step can tell them from plain paragraphs.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class PastedTextReader implements DocumentReader {
    private static final int MAX_CELLS = 200;

    @Override
    public boolean reads(String filename, byte[] firstBytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".tsv") || name.isEmpty();
    }

    @Override
    public SourceDocument read(InputStream in, String filename) throws IOException {
        return readText(decode(in.readAllBytes()), filename);
    }

    /** Reads text a person pasted into a form. */
    public SourceDocument readText(String text, String name) {
        List<SourceBlock> blocks = new ArrayList<>();
        List<SourceRow> rows = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int tables = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('\t') >= 0) {
                rows.add(row(i + 1, line));
            } else if (!line.isBlank()) {
                if (!rows.isEmpty()) {
                    blocks.add(new SourceTable("table " + ++tables, rows));
                    rows = new ArrayList<>();
                }
                blocks.add(text(line, i + 1));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new SourceTable("table " + ++tables, rows));
        }
        return new SourceDocument(name == null ? "pasted text" : name, blocks);
    }

    private static SourceRow row(int number, String line) {
        String[] raw = line.split("\t", -1);
        if (raw.length > MAX_CELLS) {
            throw new ImportRefused("Line " + number + " has " + raw.length + " cells; a table row may have at most "
                    + MAX_CELLS + ".", "line " + number);
        }
        List<SourceCell> cells = new ArrayList<>();
        for (String cell : raw) {
            cells.add(CellText.read(cell));
        }
        return new SourceRow(number, cells);
    }

    private static SourceText text(String line, int number) {
        String s = line.strip();
        int level = 0;
        if (s.startsWith("#")) {
            level = Math.min(9, (int) s.chars().takeWhile(c -> c == '#').count());
            s = s.substring(level);
        } else if (s.startsWith("**") && s.endsWith("**") && s.length() > 4) {
            level = 1;
        }
        boolean item = s.matches("^[-–•●▪◦]\\s.*");
        String plain = CellText.plain(item ? s.substring(1) : s).strip();
        return new SourceText(item ? "• " + plain : plain, level, "line " + number);
    }

    /** UTF-8 text only: NUL bytes or bytes that are not UTF-8 mean it is not a text file. */
    static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportRefused("This file is not text: it holds binary bytes. Upload the .docx, .xlsx, .csv, "
                        + ".pdf or .json file, or paste the table as text.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new ImportRefused("This text is not in UTF-8, or holds junk bytes. Save it as UTF-8 text and try again.");
        }
    }
}
