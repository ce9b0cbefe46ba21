package org.oversight.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightTest;
import org.oversight.cli.OversightCommandLine;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code oversight export backup} and {@code oversight import backup}, run in-process against the demo database. */
@OversightTest
class BackupCommandsTest {
    private final JsonMapper json = new JsonMapper();
    @Autowired
    private OversightCommandLine commandLine;
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @DisplayName("should write every table to one file, say what it wrote as JSON, and exit 0")
    void exportsTheWholeDatabase() {
        Path file = folder.resolve("oversight-backup.json");

        assertThat(run("export", "backup", "--out", file.toString(), "--json")).isZero();

        JsonNode summary = json.readTree(out.toString());
        assertThat(summary.get("rows").asLong()).isPositive();
        JsonNode backup = json.readTree(file.toFile());
        assertThat(backup.get("format").asString()).isEqualTo(DatabaseBackup.FORMAT);
        assertThat(backup.get("schemaVersion").asString()).isEqualTo(summary.get("schemaVersion").asString());
        assertThat(backup.get("tables").valueStream().map(t -> t.get("name").asString()))
                .contains("account", "action_plan", "plan_action", "indicator_value", "meeting", "audit_entry")
                .doesNotContain("flyway_schema_history", "spring_session", "shedlock");
        JsonNode accounts = backup.get("tables").valueStream().filter(t -> t.get("name").asString().equals("account"))
                .findFirst().orElseThrow();
        assertThat(accounts.get("columns").valueStream().map(c -> c.get("name").asString())).contains("password_hash");
        assertThat(folder.toFile().list()).as("no partial file left beside it").containsExactly("oversight-backup.json");
    }

    @Test
    @DisplayName("should refuse to restore into a database that holds data, with exit code 1 and the reason")
    void refusesToRestoreOverData() {
        Path file = folder.resolve("backup.json");
        assertThat(run("export", "backup", "--out", file.toString())).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("import", "backup", file.toString(), "--json")).isEqualTo(1);

        assertThat(json.readTree(out.toString()).get("errors").get(0).get("code").asString()).isEqualTo("NOT_EMPTY");
        assertThat(err.toString()).contains("already holds data").contains("Nothing was restored");
    }

    @Test
    @DisplayName("should say there is no such file, with exit code 1")
    void missingFile() throws Exception {
        assertThat(run("import", "backup", folder.resolve("none.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("There is no file");
        assertThat(Files.exists(folder.resolve("none.json"))).isFalse();
    }

    @Test
    @DisplayName("should need --out, as bad usage (exit code 2)")
    void needsAFile() {
        assertThat(run("export", "backup")).isEqualTo(2);
    }

    private int run(String... args) {
        return commandLine.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
