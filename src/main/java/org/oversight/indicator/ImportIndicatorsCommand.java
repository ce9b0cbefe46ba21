package org.oversight.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code oversight import indicators FILE [--dry-run] [--organisation NAME] [--json]}: reads
 * indicator values from a CSV or XLSX file, prints them with the checks' warnings, and saves them
 * all or nothing, into the named organisation's indicators (new ones belong to it), or into the
 * indicators of no organisation when none is named.
 * Exit 0 when read (warnings do not stop an import), 1 when the file has errors, 2 on bad usage.
 */
@Component
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Read indicator values from a CSV or XLSX file in the indicator values format.")
class ImportIndicatorsCommand implements FeatureCommand {
    static final String IMPORTED_BY = "command line";
    private final IndicatorImport importer;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Parameters(index = "0", paramLabel = "FILE", description = "A .csv or .xlsx file.")
    Path file;
    @Option(names = "--dry-run", description = "Check and print the values; save nothing.")
    boolean dryRun;
    @Option(names = "--organisation", paramLabel = "NAME",
            description = "The organisation whose indicators these are; new indicators belong to it.")
    String organisation;
    private final OrganisationRepository organisations;

    ImportIndicatorsCommand(@Lazy IndicatorImport importer, JsonMapper mapper, @Lazy OrganisationRepository organisations) {
        this.importer = importer;
        this.mapper = mapper;
        this.organisations = organisations;
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
        Long owner = organisation == null ? null : organisations.findByName(organisation.strip()).map(Organisation::getId)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "There is no organisation called " + organisation));
        IndicatorSheet sheet = read(file);
        ImportPreview preview = dryRun ? importer.preview(sheet, owner) : importer.importRows(sheet, IMPORTED_BY, owner);
        if (!preview.importable()) {
            List<String> problems = preview.problems().isEmpty() ? List.of("The file holds no values.") : preview.problems();
            problems.forEach(err::println);
            if (json.isJson()) {
                out.println(mapper.writeValueAsString(Map.of("errors", problems.stream()
                        .map(p -> Map.of("code", "UNREADABLE_ROW", "message", p)).toList())));
            }
            return 1;
        }
        if (json.isJson()) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document(preview)));
        } else {
            report(preview, out);
        }
        return 0;
    }

    static IndicatorSheet read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            try (InputStream in = Files.newInputStream(file)) {
                return IndicatorWorkbook.read(in);
            }
        }
        return IndicatorCsv.read(Files.readString(file, StandardCharsets.UTF_8));
    }

    private void report(ImportPreview preview, PrintWriter out) {
        out.println((dryRun ? "Would import " : "Imported ") + preview.rows().size() + " values: " + preview.newValues()
                + " new, " + preview.corrections() + " corrections, " + preview.newIndicators() + " new indicators.");
        preview.warnings().forEach(w -> out.println(w.code() + ": " + w.message()));
    }

    static Map<String, Object> document(ImportPreview preview) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("values", preview.rows().stream().map(ImportIndicatorsCommand::value).toList());
        document.put("warnings", preview.warnings());
        return document;
    }

    private static Map<String, Object> value(IndicatorRow row) {
        Map<String, Object> value = new LinkedHashMap<>();
        String[] cells = row.cells();
        for (int i = 0; i < IndicatorRow.COLUMNS.length; i++) {
            value.put(IndicatorRow.COLUMNS[i], IndicatorRow.numeric(i) ? number(row, i) : (cells[i].isEmpty() ? null : cells[i]));
        }
        for (int i = IndicatorRow.COLUMNS.length; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                value.put(IndicatorRow.ALL_COLUMNS[i], IndicatorRow.numeric(i) ? row.definition().tolerance() : cells[i]);
            }
        }
        return value;
    }

    private static Object number(IndicatorRow row, int column) {
        return switch (column) {
            case 5 -> row.numerator();
            case 6 -> row.denominator();
            case 7 -> row.value();
            case 8 -> row.target();
            case 9 -> row.statisticalNeighbours();
            default -> row.england();
        };
    }
}
