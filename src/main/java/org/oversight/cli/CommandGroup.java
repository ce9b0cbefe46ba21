package org.oversight.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code import}, {@code export}); run alone it is bad usage. */
@Command(mixinStandardHelpOptions = true)
class CommandGroup implements Callable<Integer> {
    static final Map<String, String> DESCRIPTIONS = Map.of(
            "import", "Read plans, indicator values, minutes or published comparator figures into Oversight.",
            "export", "Write data out of Oversight.");
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Name what to " + spec.name() + ": one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
