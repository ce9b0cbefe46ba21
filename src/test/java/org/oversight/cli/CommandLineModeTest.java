package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.web.context.WebApplicationContext;

class CommandLineModeTest {
    @TempDir
    Path dir;

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

    @Test
    @DisplayName("should run a dry-run import with no web server, no scheduled work and without making the importer")
    void aCommandStartsOnlyWhatItUses() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.csv"), """
                Rec No,Recommendation,Action,Lead,Timescale
                1,Audit the front door,1.1 Audit forty contacts a month,Head of Early Help,June 2027
                2,Hold strategy discussions on time,2.1 Hold each within a working day,Police and Social Care Leads,Ongoing
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (ConfigurableApplicationContext context = CommandLineMode.start(OversightApplication.class,
                "--spring.datasource.url=jdbc:h2:mem:command-line-mode;DB_CLOSE_DELAY=-1", "--oversight.demo.enabled=false")) {
            assertThat(context).isNotInstanceOf(WebApplicationContext.class);
            assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();

            int code = context.getBean(OversightCommandLine.class).execute(
                    new String[] {"import", "plan", plan.toString(), "--dry-run"}, new PrintWriter(out), new PrintWriter(err));

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Dry run: nothing was written.", "Actions: 2");
            assertThat(context.getBeanFactory().containsSingleton("planImporter")).as("the importer is made only to write").isFalse();
            assertThat(context.getBeanFactory().containsSingleton("planRepository")).isFalse();
        }
    }
}
