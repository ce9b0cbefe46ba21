/**
 * The command line: {@code oversight <command> ...} runs one command against the configured
 * database and exits. Features add commands by declaring beans that implement
 * {@link org.oversight.cli.FeatureCommand} and carry picocli's {@code @Command}.
 */
package org.oversight.cli;
