package org.oversight.governance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real committee papers kept beside the project in ../shared/examples; tests skip, saying why, where absent. */
final class SharedExamples {
    static final Path FOLDER = Path.of("..", "shared", "examples");
    static final String SCRUTINY_2009 = "2009-scrutiny-minutes-and-laming-action-plan.txt";

    private SharedExamples() {
    }

    static Path path(String name) {
        Path file = FOLDER.resolve(name);
        assumeTrue(Files.isReadable(file), () -> "Skipped: the example " + file.toAbsolutePath().normalize()
                + " is not present; put the shared example documents in ../shared/examples to run this test");
        return file;
    }

    static String text(String name) throws IOException {
        return Files.readString(path(name));
    }
}
