package org.oversight.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides whether the jar was asked to run a command and, if so, runs it with Spring started
 * without a web server, without the schedulers, and making only the beans the command uses
 * (lazy initialisation: a dry-run import never builds the pages' or the reports' machinery). A
 * command line that a feature's {@link CommandScope} takes starts only that scope's configuration
 * (a dry-run import of a file starts no database at all). Spring settings ({@code --spring.*},
 * {@code --server.*} ...) go to Spring;
 * everything else is the command. Only the command writes to stdout: while it runs, anything
 * else printed there (logging included) goes to stderr.
 */
public final class CommandLineMode {
    private static final List<String> SPRING_PREFIXES = List.of("--spring.", "--server.", "--logging.",
            "--oversight.", "--management.", "--debug", "--trace");

    /** Spring settings of every command run; settings given on the command line win. */
    static final String[] COMMAND_PROPERTIES = {"logging.level.root=ERROR", "logging.level.org.oversight=WARN",
            "spring.main.lazy-initialization=true", "spring.data.jpa.repositories.bootstrap-mode=lazy", "oversight.scheduling.enabled=false",
            "spring.modulith.moments.enabled=false", "oversight.command-line=true"};

    private CommandLineMode() {
    }

    /** True when the arguments hold more than Spring settings. */
    public static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(a -> !isSpringSetting(a));
    }

    static boolean isSpringSetting(String arg) {
        return SPRING_PREFIXES.stream().anyMatch(arg::startsWith);
    }

    /**
     * Starts Spring without a web server, runs the command, stops Spring and returns the exit code.
     * A command line that one of the scopes takes starts that scope's configuration instead of the
     * whole application.
     */
    public static int run(Class<?> application, String[] args, CommandScope... scopes) {
        String[] springArgs = Arrays.stream(args).filter(CommandLineMode::isSpringSetting).toArray(String[]::new);
        String[] commandArgs = Arrays.stream(args).filter(a -> !isSpringSetting(a)).toArray(String[]::new);
        Class<?> source = scopeOf(commandArgs, scopes).orElse(application);
        PrintStream stdout = System.out;
        System.setOut(System.err);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ConfigurableApplicationContext context;
        try {
            context = start(source, springArgs);
        } catch (RuntimeException e) {
            err.println("Oversight could not start: " + e.getMessage());
            return 1;
        }
        int code = context.getBean(OversightCommandLine.class).execute(commandArgs, out, err);
        return SpringApplication.exit(context, () -> code);
    }

    /** The configuration of the first scope that takes the command line, if any does. */
    static Optional<Class<?>> scopeOf(String[] commandArgs, CommandScope... scopes) {
        List<String> words = List.of(commandArgs);
        return Arrays.stream(scopes).filter(scope -> scope.takes().test(words)).findFirst()
                .<Class<?>>map(CommandScope::configuration);
    }

    /** Starts Spring as a command runs it: no web server, no scheduled work, beans made when first used. */
    public static ConfigurableApplicationContext start(Class<?> application, String... springArgs) {
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(COMMAND_PROPERTIES).run(springArgs);
    }
}
