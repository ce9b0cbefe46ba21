package org.oversight.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The fonts every PDF pack embeds, read from the classpath once. Their glyph substitution
 * table (GSUB) is left out: a pack is English text that needs no ligatures or contextual
 * forms, and with the table present the PDF library compiles a pattern for every word it
 * writes, which made a large pack take tens of seconds. Each document still embeds its own
 * subset of the font.
 */
final class PackFonts {
    static final String REGULAR = "LiberationSans-Regular.ttf";
    static final String BOLD = "LiberationSans-Bold.ttf";
    static final String ITALIC = "LiberationSans-Italic.ttf";
    static final String BOLD_ITALIC = "LiberationSans-BoldItalic.ttf";
    private static final byte[][] FONTS = {load(REGULAR), load(BOLD), load(ITALIC), load(BOLD_ITALIC)};

    private PackFonts() {
    }

    /** The font file's bytes (without its GSUB table); the caller must not change them. */
    static byte[] bytes(String file) {
        return switch (file) {
            case REGULAR -> FONTS[0];
            case BOLD -> FONTS[1];
            case ITALIC -> FONTS[2];
            case BOLD_ITALIC -> FONTS[3];
            default -> throw new IllegalArgumentException("No such pack font: " + file);
        };
    }

    private static byte[] load(String file) {
        String resource = "/liberation/" + file;
        try (InputStream in = PackFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return withoutTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with one table dropped from its table directory (the table's bytes stay where
     * they are, unreferenced). A TrueType file starts with a 12-byte header whose bytes 4-5
     * count the tables, then one 16-byte record per table beginning with its 4-letter tag.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (java.util.Arrays.equals(copy, record, record + 4, wanted, 0, 4)) {
                System.arraycopy(copy, record + 16, copy, record, 16 * (tables - i - 1));
                java.util.Arrays.fill(copy, 12 + 16 * (tables - 1), 12 + 16 * tables, (byte) 0);
                buffer.putShort(4, (short) (tables - 1));
                return copy;
            }
        }
        return copy;
    }
}
