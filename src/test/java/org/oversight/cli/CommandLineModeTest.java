package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineModeTest {

    @Test
    void runsTheWebApplicationWithNoArgumentsOrOnlySpringSettings() {
        assertThat(CommandLineMode.isCommand(new String[0])).isFalse();
        assertThat(CommandLineMode.isCommand(new String[] {"--spring.profiles.active=postgres", "--server.port=9090"})).isFalse();
    }

    @Test
    void runsACommandWhenGivenAnythingElse() {
        assertThat(CommandLineMode.isCommand(new String[] {"export", "plan", "1"})).isTrue();
        assertThat(CommandLineMode.isCommand(new String[] {"--spring.profiles.active=postgres", "--help"})).isTrue();
    }
}
