package org.oversight.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.cli.FeatureCommand;
import org.oversight.cli.JsonOption;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code oversight import backup FILE [--json]}: restores a backup into an empty database, all or nothing. */
@Component
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Restore a file written by 'export backup' into an empty database at the same schema version"
                + " (start with --oversight.demo.enabled=false so no demonstration data is loaded first).")
class ImportBackupCommand implements FeatureCommand {
    private final DatabaseBackup backup;
    private final JsonMapper mapper;
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path file;

    ImportBackupCommand(@Lazy DatabaseBackup backup, JsonMapper mapper) {
        this.backup = backup;
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
        BackupSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = backup.restore(in);
        } catch (BackupRefused e) {
            return json.inputError(out, err, mapper, e.code(), e.getMessage() + " Nothing was restored.");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("schemaVersion", summary.schemaVersion());
        result.put("tables", summary.rows().size());
        result.put("rows", summary.totalRows());
        result.put("rowsByTable", summary.rows());
        if (json.isJson()) {
            out.println(mapper.writeValueAsString(result));
        } else {
            out.printf("Restored %d rows of %d tables (schema version %s).%n", summary.totalRows(), summary.rows().size(),
                    summary.schemaVersion());
        }
        return 0;
    }
}
