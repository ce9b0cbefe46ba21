package org.oversight.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** LibreOffice run headless to convert a file to PDF, when it is installed. */
public final class LibreOffice {
    private LibreOffice() {
    }

    public static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    public static Path toPdf(Path file, Path outDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(outDir, "lo-profile");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("LibreOffice could not convert " + file.getFileName() + ": " + output);
        }
        String name = file.getFileName().toString();
        Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.exists(pdf)) {
            throw new IOException("LibreOffice wrote no PDF for " + name + ": " + output);
        }
        return pdf;
    }
}
