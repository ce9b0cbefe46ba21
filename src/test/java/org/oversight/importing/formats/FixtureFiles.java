package org.oversight.importing.formats;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Word and Excel fixtures to a folder: the seed inputs of {@link ReaderFuzzTest}, and the Word file the PDF fixture was made from
 * {@code soffice --headless --convert-to pdf merged-plan.docx}.
 */
final class FixtureFiles {
    private FixtureFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(folder.resolve("merged-plan.docx"), WordFixtures.mergedPlan());
        Files.write(folder.resolve("two-sheets.xlsx"), SheetFixtures.twoSheets());
    }
}
