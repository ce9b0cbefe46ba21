package org.oversight.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code oversight export backup --out FILE [--json]}: the whole database as one JSON file. */
@Component
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write every table of the database (accounts, plans, indicators, boards, reports, audit trail)"
                + " to one JSON file that 'import backup' restores into an empty database.")
class ExportBackupCommand implements FeatureCommand {
    private final DatabaseBackup backup;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write (written beside it"
            + " first, then moved into place).")
    Path out;

    ExportBackupCommand(@Lazy DatabaseBackup backup, JsonMapper mapper) {
        this.backup = backup;
        this.mapper = mapper;
    }

    @Override
    public String group() {
        return "export";
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        BackupSummary summary = writeBesideThenMove();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("out", out.toString());
        result.put("schemaVersion", summary.schemaVersion());
        result.put("tables", summary.rows().size());
        result.put("rows", summary.totalRows());
        if (json.isJson()) {
            stdout.println(mapper.writeValueAsString(result));
        } else {
            stdout.printf("Backed up %d rows of %d tables (schema version %s) to %s%n", summary.totalRows(),
                    summary.rows().size(), summary.schemaVersion(), out);
        }
        return 0;
    }

    /** Writes beside the target first, then moves into place, so no half-written backup is ever left. */
    private BackupSummary writeBesideThenMove() throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), ".oversight-backup", ".part");
        try {
            BackupSummary summary;
            try (OutputStream file = Files.newOutputStream(partial)) {
                summary = backup.write(file);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
