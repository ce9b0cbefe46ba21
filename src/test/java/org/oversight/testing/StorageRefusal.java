package org.oversight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/**
 * What the database said when it refused to store something, in lower case, so that a test can
 * name the constraint the same way on H2 (which writes names in capitals) and on PostgreSQL.
 */
public final class StorageRefusal {
    private StorageRefusal() {
    }

    public static String of(Runnable storing) {
        Throwable thrown = catchThrowable(storing::run);
        assertThat(thrown).as("storing should have been refused").isNotNull();
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString().toLowerCase(Locale.ROOT);
    }
}
