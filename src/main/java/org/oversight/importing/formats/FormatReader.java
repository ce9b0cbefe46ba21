package org.oversight.importing.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.oversight.importing.DocumentReader;
import org.oversight.importing.ImportRefused;
import org.oversight.importing.SourceDocument;

/**
 * What every format reader does around its own parsing: read the bytes up to the size limit,
 * parse them on a worker thread within the time limit, and turn any failure of the parsing
 * library into an {@link ImportRefused} that says what kind of file was expected.
 */
abstract class FormatReader implements DocumentReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FormatReader.class);
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "document-reader");
        thread.setDaemon(true);
        return thread;
    });
    protected final FormatLimits limits;
    private final String kind;

    FormatReader(FormatLimits limits, String kind) {
        this.limits = limits;
        this.kind = kind;
    }

    @Override
    public final SourceDocument read(InputStream in, String filename) throws IOException {
        byte[] bytes = FileBytes.readAll(in, limits);
        Future<SourceDocument> reading = WORKERS.submit(() -> parseRefusingFailures(bytes, filename));
        try {
            return reading.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new ImportRefused("Reading this " + kind + " took longer than " + limits.timeLimit().toSeconds()
                    + " seconds, so Oversight stopped. The file may be damaged or built to slow the server down.");
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportRefused("Reading this " + kind + " was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportRefused refused) {
                throw refused;
            }
            throw unreadable(e.getCause());
        }
    }

    private SourceDocument parseRefusingFailures(byte[] bytes, String filename) {
        try {
            return parse(bytes, filename);
        } catch (ImportRefused refused) {
            throw refused;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw unreadable(e);
        }
    }

    /** Parses the whole file; may throw anything, which becomes a refusal. */
    abstract SourceDocument parse(byte[] bytes, String filename) throws Exception;

    ImportRefused unreadable(Throwable cause) {
        LOG.debug("Could not read a {}", kind, cause);
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("max entry size")) {
                return new ImportRefused("This " + kind + " unpacks to far more than its size (a \"zip bomb\"), "
                        + "so Oversight did not read it.");
            }
        }
        if (cause instanceof OutOfMemoryError) {
            return new ImportRefused("This " + kind + " holds too much to read at once. Split it and try again.");
        }
        return new ImportRefused("This file could not be read as " + article(kind) + " " + kind
                + ": it is damaged or is not really " + article(kind) + " " + kind + ".");
    }

    ImportRefused notThisKind(String filename, byte[] bytes) {
        return new ImportRefused("\"" + filename + "\" is named like " + article(kind) + " " + kind
                + " but its content looks like " + FileBytes.looksLike(bytes) + ". Save it again as "
                + article(kind) + " " + kind + ", or give it the right file extension.");
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
