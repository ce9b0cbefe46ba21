package org.oversight.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code oversight export plan ID --format json|csv|xlsx [--out FILE]}: a plan in the exchange format, as CSV or as a workbook (xlsx needs --out). */
@Component
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Write a plan in the plan exchange format (JSON), as CSV (one row per action) or as an Excel workbook (xlsx, needs --out).")
class ExportPlanCommand implements FeatureCommand {
    enum Format { json, csv, xlsx }

    private final PlanExporter exporter;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Parameters(index = "0", paramLabel = "ID", description = "The plan's id.")
    long planId;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json, csv or xlsx (default json).")
    Format format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
    Path out;

    ExportPlanCommand(@Lazy PlanExporter exporter, JsonMapper mapper) {
        this.exporter = exporter;
        this.mapper = mapper;
    }

    @Override
    public String group() {
        return "export";
    }

    @Override
    public Integer call() throws IOException {
        if (json.isJson() && format == Format.csv && out == null) {
            throw new ParameterException(spec.commandLine(), "--json prints JSON on stdout; give --out FILE for CSV");
        }
        if (format == Format.xlsx && out == null) {
            throw new ParameterException(spec.commandLine(), "an Excel workbook is not text: give --out FILE for xlsx");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<PlanExchange> plan = exporter.export(planId);
        if (plan.isEmpty()) {
            return json.inputError(stdout, spec.commandLine().getErr(), mapper, "PLAN_NOT_FOUND",
                    "There is no plan with id " + planId + ".");
        }
        if (format == Format.xlsx) {
            write(PlanWorkbook.of(plan.get()));
            return written(stdout, plan.get());
        }
        String document = format == Format.json
                ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(plan.get()) : PlanCsv.of(plan.get());
        if (out == null) {
            stdout.print(document);
            stdout.flush();
            return 0;
        }
        write(document.getBytes(StandardCharsets.UTF_8));
        return written(stdout, plan.get());
    }

    private int written(PrintWriter stdout, PlanExchange plan) {
        if (json.isJson()) {
            stdout.println(mapper.writeValueAsString(summary(plan)));
        }
        return 0;
    }

    /** Writes beside the target first, then moves into place, so no half-written file is left. */
    private void write(byte[] document) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), ".oversight-export", ".part");
        try {
            Files.write(partial, document);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private Map<String, Object> summary(PlanExchange plan) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("plan", planId);
        summary.put("format", format.name());
        summary.put("out", out.toString());
        summary.put("recommendations", plan.recommendations().size());
        summary.put("actions", plan.actionCount());
        return summary;
    }
}
