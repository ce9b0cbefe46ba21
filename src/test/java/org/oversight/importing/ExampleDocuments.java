package org.oversight.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.TimescaleReader;

/** The public committee papers kept beside the project, read the way an import reads them. */
final class ExampleDocuments {
    static final Path FOLDER = Path.of("..", "shared", "examples");

    private ExampleDocuments() {
    }

    static PlanReading read(String name, ImportOptions options) throws IOException {
        Path file = FOLDER.resolve(name);
        assumeTrue(Files.isRegularFile(file), "Skipped: the example documents are not here (" + file.toAbsolutePath()
                + " is absent); they sit beside the project directory when available");
        SourceDocument document = new PastedTextReader().readText(Files.readString(file), name);
        return understanding().read(document, options);
    }

    static PlanUnderstanding understanding() {
        return new PlanUnderstanding(new TimescaleReader(), new DateReader());
    }
}
