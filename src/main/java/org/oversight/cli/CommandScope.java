package org.oversight.cli;

import java.util.List;
import java.util.function.Predicate;

/**
 * A narrower application for some command lines: when {@code takes} accepts a command line's
 * words (Spring settings removed), the command runs in a Spring application made from
 * {@code configuration} alone, instead of the whole application with its database, migrations
 * and every feature. The configuration must make an {@link OversightCommandLine} and the
 * commands it may run; anything else on the command line is refused by picocli as unknown.
 * A feature declares one for work that needs only part of it, such as reading a file.
 */
public record CommandScope(Class<?> configuration, Predicate<List<String>> takes) {
}
