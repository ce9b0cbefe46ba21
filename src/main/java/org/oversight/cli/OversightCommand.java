package org.oversight.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command. With no arguments at all the jar runs the web application instead. */
@Command(name = "oversight", mixinStandardHelpOptions = true, version = "Oversight",
        description = "Improvement plans, performance and scrutiny for children's services.%n"
                + "Run with no arguments to start the web application.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input has errors", "2:bad usage"})
class OversightCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Name a command");
    }
}
