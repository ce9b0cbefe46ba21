package org.oversight.importing;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oversight import plan FILE [--dry-run] [--explain] [--correct TEXT]... [--json] [--period-start D] [--period-end D]
 * [--as-at D] [--plan ID]}.
 * With {@code --plan} the file is a newer version of that stored plan: actions are matched by reference.
 */
@Component
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Read an action plan from .docx, .xlsx, .csv, .json, .pdf or text and import it as a new plan,"
                + " or as a newer version of a stored plan with --plan.")
class ImportPlanCommand implements FeatureCommand {
    private final PlanFiles files;
    private final PlanImporter importer;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Parameters(index = "0", paramLabel = "FILE", description = "The plan document.")
    Path file;
    @Option(names = "--dry-run", description = "Write nothing; print what would be imported.")
    boolean dryRun;
    @Option(names = "--period-start", paramLabel = "D", description = "The plan period's first day (YYYY-MM-DD).")
    LocalDate periodStart;
    @Option(names = "--period-end", paramLabel = "D", description = "The plan period's last day (YYYY-MM-DD).")
    LocalDate periodEnd;
    @Option(names = "--as-at", paramLabel = "D", description = "The date undated progress is as at (YYYY-MM-DD).")
    LocalDate asAt;
    @Option(names = "--explain", description = "Write nothing; print the grid of each table as found (rows, columns,"
            + " merged cells, shading) and why each row became what it became, for checking a reading or reporting one.")
    boolean explain;
    @Option(names = "--correct", paramLabel = "TEXT", description = "A correction of structure, repeatable: \"column 1 is"
            + " the recommendation number\", \"table 1, row 5 continues the row above\", \"split table 1, row 3 into actions\".")
    java.util.List<String> corrections = new java.util.ArrayList<>();
    @Option(names = "--plan", paramLabel = "ID", description = "Import as a newer version of this stored plan: actions"
            + " are matched by reference, their new progress recorded as a new round, new actions added.")
    Long planId;

    ImportPlanCommand(@Lazy PlanFiles files, @Lazy PlanImporter importer, JsonMapper mapper) {
        this.files = files;
        this.importer = importer;
        this.mapper = mapper;
    }

    @Override
    public String group() {
        return "import";
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            return json.inputError(out, err, mapper, "FILE_NOT_FOUND", "There is no file " + file + ".");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            StructureFixes fixes = StructureFixes.parse(String.join("\n", corrections));
            PlanReading reading = files.read(bytes, file.getFileName().toString(),
                    new ImportOptions(periodStart, periodEnd, asAt), ColumnMapping.empty(), fixes);
            if (explain && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                print(out, "The exchange JSON is read as it is: it has no tables to explain.\n" + summary(reading, null));
                return 0;
            }
            if (explain) {
                print(out, ReadingExplained.of(files.source(bytes, file.getFileName().toString()), reading));
                return 0;
            }
            if (dryRun) {
                print(out, json.isJson() ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(reading.plan())
                        : summary(reading, null));
                return 0;
            }
            if (planId != null) {
                return update(out, reading);
            }
            long id = importer.importNew(reading.plan(), "command line");
            print(out, json.isJson() ? mapper.writeValueAsString(Map.of("plan", id, "actions", reading.plan().actionCount(),
                    "warnings", reading.plan().warnings())) : summary(reading, id));
            return 0;
        } catch (ImportRefused e) {
            return json.inputError(out, err, mapper, "IMPORT_REFUSED", e.getMessage());
        }
    }

    private int update(PrintWriter out, PlanReading reading) {
        PlanUpdate update = importer.importUpdate(planId, reading.plan(), "command line");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("plan", update.planId());
        result.put("matched", update.matched());
        result.put("added", update.added());
        result.put("progress", update.progressRecorded());
        result.put("warnings", update.warnings().stream().map(ImportWarning::entry).toList());
        if (json.isJson()) {
            print(out, mapper.writeValueAsString(result));
        } else {
            StringBuilder s = new StringBuilder("Updated plan " + planId + ".\n");
            result.forEach((k, v) -> s.append(k).append(": ").append(v instanceof List<?> l ? l.size() : v).append('\n'));
            update.warnings().forEach(w -> s.append("  ").append(w.code()).append(" ").append(w.message()).append('\n'));
            print(out, s.toString().strip());
        }
        return 0;
    }

    private static void print(PrintWriter out, String text) {
        out.println(text);
        out.flush();
    }

    private static String summary(PlanReading reading, Long id) {
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("Plan", reading.plan().plan().title());
        lines.put("Recommendations", reading.plan().recommendations().size());
        lines.put("Actions", reading.plan().actionCount());
        lines.put("Warnings", reading.warnings().size());
        StringBuilder s = new StringBuilder(id == null ? "Dry run: nothing was written.\n" : "Imported as plan " + id + ".\n");
        lines.forEach((k, v) -> s.append(k).append(": ").append(v).append('\n'));
        reading.warnings().forEach(w -> s.append("  ").append(w.code()).append(" ").append(w.entry().message()).append('\n'));
        return s.toString().strip();
    }
}
