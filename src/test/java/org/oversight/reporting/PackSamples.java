package org.oversight.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import org.oversight.reporting.internal.PackRenderer;

/**
 * Writes the example pack in every format to a folder, to look at: {@code PackSamples FOLDER}.
 * Run from the IDE or with the test classpath (see {@link ReportPackBenchmark}).
 */
public final class PackSamples {
    private PackSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/pack-samples"));
        PackRenderer renderer = PackRendering.renderer();
        ReportPack pack = PackExamples.second(PackExamples.plan());
        for (ReportFormat f : ReportFormat.values()) {
            Files.write(dir.resolve("pack." + f.extension()), renderer.render(pack, f));
        }
        System.out.println("Wrote " + dir.toAbsolutePath());
    }
}
