package org.oversight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * When each timed run began and ended (wall-clock milliseconds), one line a run in
 * {@code windows.tsv} beside the load targets: what {@link ProfileByPage} needs to split a flight
 * recording of the application by page.
 */
final class Windows {
    private static Path file;

    private Windows() {
    }

    static void startIn(Path folder) {
        file = folder.resolve("windows.tsv");
        try {
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void record(String name, int users, long startMillis, long endMillis) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, name + "\t" + users + "\t" + startMillis + "\t" + endMillis + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
