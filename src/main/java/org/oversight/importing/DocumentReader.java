package org.oversight.importing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one file format into a {@link SourceDocument}. Implementations are Spring beans;
 * the importer picks the first that {@link #reads} the file. A reader refuses hostile or
 * broken input by throwing {@link ImportRefused} with a message a person understands; it
 * never hangs, never reads past its size limits, never resolves external entities.
 */
public interface DocumentReader {
    boolean reads(String filename, byte[] firstBytes);

    SourceDocument read(InputStream in, String filename) throws IOException;
}
