package org.oversight.cli;

import java.util.concurrent.Callable;

/**
 * A command a feature adds to the command line. Declare it as a Spring bean annotated with
 * picocli's {@code @Command(name = ...)}, include the {@link JsonOption} mixin, and return the
 * exit code from {@code call()}: 0 success, 1 the input has errors. Bad usage is picocli's to
 * report (exit 2). A command is not a transactional proxy; it calls the feature's services.
 * Every command is made whenever any command runs (the tree of commands needs them all), so
 * take the services with {@code @Lazy}: a command that is not run then builds none of them,
 * and a dry run that needs no database never starts one.
 */
public interface FeatureCommand extends Callable<Integer> {

    /** The group the command sits under ({@code "import"}, {@code "export"}), or "" for a top-level command. */
    default String group() {
        return "";
    }
}
