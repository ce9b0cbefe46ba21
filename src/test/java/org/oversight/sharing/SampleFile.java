package org.oversight.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fictional comparator sample shipped with Oversight. */
final class SampleFile {
    static final String PERIOD = "2025/26 Q2";

    private SampleFile() {
    }

    static String text() {
        try (InputStream in = SampleFile.class.getResourceAsStream("/comparators/sample-comparators.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
