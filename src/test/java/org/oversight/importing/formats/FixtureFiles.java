package org.oversight.importing.formats;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Word fixture to a folder, to make the PDF fixture from it:
 * {@code soffice --headless --convert-to pdf merged-plan.docx}.
 */
final class FixtureFiles {
    private FixtureFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(folder.resolve("merged-plan.docx"), WordFixtures.mergedPlan());
    }
}
