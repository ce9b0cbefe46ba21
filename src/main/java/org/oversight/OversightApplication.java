package org.oversight;

import org.oversight.cli.CommandLineMode;
import org.oversight.importing.FileReadingScope;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the web application when given no arguments (or only Spring settings), otherwise one
 * command: a dry run or explanation of a plan file in the file-reading part alone.
 */
@SpringBootApplication
public class OversightApplication {
    public static void main(String[] args) {
        if (CommandLineMode.isCommand(args)) {
            System.exit(CommandLineMode.run(OversightApplication.class, args, FileReadingScope.SCOPE));
        }
        SpringApplication.run(OversightApplication.class, args);
    }
}
