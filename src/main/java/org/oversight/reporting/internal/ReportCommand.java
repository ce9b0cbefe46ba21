package org.oversight.reporting.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPacks;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code oversight report --plan ID --board NAME --format pdf|docx|xlsx|html [--out FILE] [--as-at D]}: a draft pack. */
@Component
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a board report pack for a plan as it stands (a draft; issuing is done on the reports page).")
class ReportCommand implements FeatureCommand {
    enum Format { pdf, docx, xlsx, html }

    private final ReportPacks packs;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Option(names = "--plan", required = true, paramLabel = "ID", description = "The plan's id.")
    long planId;
    @Option(names = "--board", required = true, paramLabel = "NAME", description = "The board the pack is for.")
    String board;
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, docx, xlsx or html.")
    Format format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
    Path out;
    @Option(names = "--as-at", paramLabel = "DATE", description = "Progress as at this date (default today).")
    LocalDate asAt;
    @Option(names = "--for-publication", description = "Leave out exempt items, for a published pack.")
    boolean forPublication;

    ReportCommand(@Lazy ReportPacks packs, JsonMapper mapper) {
        this.packs = packs;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws IOException {
        if (json.isJson() && out == null) {
            throw new ParameterException(spec.commandLine(), "--json prints JSON on stdout; give --out FILE for the pack");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (board.isBlank()) {
            return json.inputError(stdout, spec.commandLine().getErr(), mapper, "BOARD_MISSING", "Name the board the pack is for.");
        }
        PackRequest request = new PackRequest(board, null, asAt == null ? LocalDate.now() : asAt, "Oversight", forPublication);
        Optional<ReportPack> pack = packs.prepare(planId, request);
        if (pack.isEmpty()) {
            return json.inputError(stdout, spec.commandLine().getErr(), mapper, "PLAN_NOT_FOUND",
                    "There is no plan with id " + planId + ".");
        }
        ReportFormat reportFormat = ReportFormat.named(format.name()).orElseThrow();
        byte[] bytes = packs.render(pack.get(), reportFormat);
        if (out == null) {
            System.out.write(bytes);
            System.out.flush();
            return 0;
        }
        write(bytes);
        if (json.isJson()) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("plan", planId);
            summary.put("board", request.board());
            summary.put("asAt", request.asAt().toString());
            summary.put("format", format.name());
            summary.put("out", out.toString());
            summary.put("actions", pack.get().actions().size());
            summary.put("exceptions", pack.get().exceptions().size());
            summary.put("bytes", bytes.length);
            stdout.println(mapper.writeValueAsString(summary));
        }
        return 0;
    }

    /** Writes beside the target first, then moves into place, so no half-written file is left. */
    private void write(byte[] bytes) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), ".oversight-report", ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
