package org.oversight.importing.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.oversight.importing.ImportRefused;

/** A file's bytes, read up to the size limit and no further, and what its first bytes say it is. */
final class FileBytes {
    private FileBytes() {
    }

    static byte[] readAll(InputStream in, FormatLimits limits) throws IOException {
        long max = limits.maxSize().toBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                throw new ImportRefused("This file is larger than " + megabytes(max)
                        + ", the most Oversight reads. Split it, or remove pictures and other sheets, and try again.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static FileMagic magic(byte[] bytes) {
        try {
            return FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** What the bytes look like, in words: "a PDF", "a picture", ... */
    static String looksLike(byte[] bytes) {
        return switch (magic(bytes)) {
            case OOXML -> holdsPart(bytes, "word/") ? "a Word document" : holdsPart(bytes, "xl/") ? "an Excel workbook"
                    : holdsPart(bytes, "ppt/") ? "a PowerPoint presentation" : "an Office file of another kind";
            case OLE2 -> "an older Office (97-2003) file or a password-protected one";
            case PDF -> "a PDF";
            case HTML, XML -> "a web page or XML";
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> "a picture";
            default -> looksLikeText(bytes) ? "plain text" : "unrecognised binary data";
        };
    }

    /** Whether a zip package names a part under this folder: part names are stored uncompressed. */
    static boolean holdsPart(byte[] bytes, String folder) {
        byte[] name = folder.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + name.length <= bytes.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (bytes[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean hasExtension(String filename, String... extensions) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        for (String extension : extensions) {
            if (name.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 512);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
