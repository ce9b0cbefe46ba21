package org.oversight.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import org.springframework.stereotype.Component;

/**
 * Builds the command tree once from the features' commands and runs command lines with it.
 * The tree is built once because picocli records each option's initial value when it first
 * sees the command object and resets options to it before every run; command beans are singletons.
 */
@Component
public class OversightCommandLine {
    private final List<FeatureCommand> commands;
    private CommandLine root;

    public OversightCommandLine(List<FeatureCommand> commands) {
        this.commands = commands;
    }

    /** Runs the arguments as a command, writing to the given streams, and returns the exit code. */
    public synchronized int execute(String[] args, PrintWriter out, PrintWriter err) {
        if (root == null) {
            root = tree();
        }
        root.setOut(out);
        root.setErr(err);
        int code = root.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    CommandLine tree() {
        CommandLine root = new CommandLine(new OversightCommand());
        commands.stream().sorted(Comparator.comparing(FeatureCommand::group)).forEach(command -> {
            CommandLine parent = command.group().isEmpty() ? root : group(root, command.group());
            parent.addSubcommand(new CommandLine(command));
        });
        root.setCaseInsensitiveEnumValuesAllowed(true);
        return root;
    }

    private static CommandLine group(CommandLine root, String name) {
        CommandLine existing = root.getSubcommands().get(name);
        if (existing != null) {
            return existing;
        }
        CommandLine group = new CommandLine(new CommandGroup());
        group.getCommandSpec().usageMessage().description(CommandGroup.DESCRIPTIONS.getOrDefault(name, ""));
        root.addSubcommand(name, group);
        return group;
    }
}
