package org.oversight.importing;

import java.util.List;
import org.oversight.cli.CommandScope;
import org.oversight.cli.OversightCommandLine;
import org.oversight.importing.formats.FormatLimits;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.TimescaleReader;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The part of the application that reads a plan file and nothing else: the format readers, the
 * understanding step and the {@code import plan} command. A dry run ({@code --dry-run}) or an
 * explanation ({@code --explain}) of a file writes nothing and looks nothing up, so the command
 * line runs it here, without the database, its migrations or any other feature: the same reading,
 * printed the same way, in a fraction of the start-up. An import that writes, or a dry run of a
 * newer version of a stored plan ({@code --plan}), starts the whole application as before.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class})
@ComponentScan(basePackageClasses = FormatLimits.class)
@Import({OversightCommandLine.class, ImportPlanCommand.class, PlanFiles.class, PlanUnderstanding.class,
        PastedTextReader.class, TimescaleReader.class, DateReader.class})
public class FileReadingScope {
    /** Takes {@code import plan FILE} with {@code --dry-run} or {@code --explain} and without {@code --plan}. */
    public static final CommandScope SCOPE = new CommandScope(FileReadingScope.class, FileReadingScope::takes);

    static boolean takes(List<String> words) {
        List<String> names = words.stream().filter(w -> !w.startsWith("-")).limit(2).toList();
        return names.equals(List.of("import", "plan"))
                && words.stream().anyMatch(w -> w.equals("--dry-run") || w.equals("--explain"))
                && words.stream().noneMatch(w -> w.equals("--plan") || w.startsWith("--plan="));
    }
}
