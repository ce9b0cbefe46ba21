package org.oversight.sharing;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code oversight import comparators FILE [--dry-run] [--json]}: reads published comparator
 * figures (a CSV shaped like the Department's local-authority interactive tool downloads: LA code,
 * LA name, indicator, period, value) with the same reading as {@code /sharing/comparators}, all or
 * nothing: any error names its row and cell and nothing is saved. Exit 0 when read (warnings do
 * not stop it), 1 when the file has errors, 2 on bad usage.
 */
@Component
@Command(name = "comparators", mixinStandardHelpOptions = true,
        description = "Read published comparator figures (LA code, LA name, indicator, period, value) from a CSV file.")
class ImportComparatorsCommand implements FeatureCommand {
    static final String IMPORTED_BY = "command line";
    private final ComparatorImport importer;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Parameters(index = "0", paramLabel = "FILE", description = "A .csv file.")
    Path file;
    @Option(names = "--dry-run", description = "Check and print the figures; save nothing.")
    boolean dryRun;

    ImportComparatorsCommand(@Lazy ComparatorImport importer, JsonMapper mapper) {
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
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        ComparatorReading reading = dryRun ? importer.preview(csv) : importer.importFile(csv, IMPORTED_BY);
        if (reading.hasErrors()) {
            reading.errors().forEach(e -> err.println(e.where() + ": " + e.message()));
            err.println("Nothing was imported.");
            if (json.isJson()) {
                out.println(mapper.writeValueAsString(Map.of("errors", problems(reading.errors()))));
            }
            return 1;
        }
        if (json.isJson()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("figures", reading.rows().stream().map(r -> {
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("row", r.row());
                figure.put("laCode", r.laCode());
                figure.put("laName", r.laName());
                figure.put("indicator", r.indicator());
                figure.put("period", r.period());
                figure.put("value", r.value());
                return figure;
            }).toList());
            document.put("warnings", problems(reading.warnings()));
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } else {
            out.println((dryRun ? "Would import " : "Imported ") + reading.rows().size() + " published comparator figures.");
            reading.warnings().forEach(w -> out.println(w.code() + ": " + w.where() + ": " + w.message()));
        }
        return 0;
    }

    private static List<Map<String, Object>> problems(List<ComparatorProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("code", p.code());
            problem.put("row", p.row());
            problem.put("column", p.column());
            problem.put("message", p.message());
            return problem;
        }).toList();
    }
}
