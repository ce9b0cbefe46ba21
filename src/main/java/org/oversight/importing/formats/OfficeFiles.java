package org.oversight.importing.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.oversight.importing.ImportRefused;

/** Checks shared by the Word and Excel readers: zip bomb limits and the old or encrypted container. */
final class OfficeFiles {
    /** Smallest compressed-to-unpacked ratio accepted; real Office files stay well above it. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private OfficeFiles() {
    }

    static void applyZipLimits(FormatLimits limits) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedSize().toBytes());
    }

    /**
     * Refuses what is not an Office Open XML package of the application's kind (a workbook named
     * .docx, say, is named for the wrong application): a password-protected file (Office wraps
     * those in the old container), a 97-2003 file, or something else entirely.
     */
    static void requireOpenXml(byte[] bytes, String filename, String application, String extension,
                               FormatReader reader) {
        FileMagic magic = FileBytes.magic(bytes);
        if (magic == FileMagic.OOXML) {
            if (!FileBytes.holdsPart(bytes, extension.equals("docx") ? "word/" : "xl/")) {
                throw reader.notThisKind(filename, bytes);
            }
            return;
        }
        if (magic == FileMagic.OLE2) {
            if (encrypted(bytes)) {
                throw new ImportRefused("This file is protected with a password. Open it in " + application
                        + ", remove the password (File, Info, Protect), save it and upload it again.");
            }
            throw new ImportRefused("This is an older " + application + " 97-2003 file. Open it in " + application
                    + " and save it as ." + extension + ", then upload that.");
        }
        throw reader.notThisKind(filename, bytes);
    }

    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
