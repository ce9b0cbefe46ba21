package org.oversight.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Who the test JVM runs as, read from {@code id -u} on Unix-like systems. */
final class RunningUser {
    private RunningUser() {
    }

    static boolean isRoot() {
        if (System.getProperty("os.name", "").toLowerCase().contains("windows")) {
            return false;
        }
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return id.waitFor() == 0 && uid.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
