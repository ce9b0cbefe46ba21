package org.oversight.committee;

import java.util.Arrays;
import java.util.Locale;

/**
 * An uploaded appendix checked before it is kept: a PDF, Word or Excel document (by its name and
 * its first bytes, not the browser's word for it), no larger than {@link #MAX_BYTES}.
 */
public record AppendixFile(String fileName, String mediaType, byte[] content) {
    /** The largest appendix kept: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** The file as a kept appendix, or refused with the reason in words. */
    public static AppendixFile of(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Choose the appendix's file");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("The appendix must be 10 MB or smaller");
        }
        String name = originalName == null ? "" : originalName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.UK) : "";
        String mediaType = switch (extension) {
            case "pdf" -> starts(content, PDF) ? "application/pdf" : null;
            case "docx" -> starts(content, ZIP) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : null;
            case "xlsx" -> starts(content, ZIP) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : null;
            case "doc" -> starts(content, OLE) ? "application/msword" : null;
            case "xls" -> starts(content, OLE) ? "application/vnd.ms-excel" : null;
            default -> null;
        };
        if (mediaType == null) {
            throw new IllegalArgumentException("The appendix must be a PDF, Word or Excel document (.pdf, .docx, .doc, .xlsx or .xls)");
        }
        return new AppendixFile(name, mediaType, content);
    }

    /** The letter of the appendix at this place: A, B, ... Z, then AA, AB. */
    static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + (char) ('A' + index % 26);
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
