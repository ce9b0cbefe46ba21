package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Migration file names")
class MigrationNamingTest {
    private static final Pattern DATED = Pattern.compile("V(\\d{8})_(\\d{4})__[a-z0-9_]+\\.(sql|class)");

    @Test
    @DisplayName("should be found on the classpath")
    void migrationsAreShipped() {
        assertThat(MigrationFiles.names()).isNotEmpty();
    }

    @Test
    @DisplayName("should follow V<yyyyMMdd>_<HHmm>__<lower_case_words>.sql (or .class for a Java migration)")
    void everyMigrationHasADatedName() {
        assertThat(MigrationFiles.names()).allSatisfy(name -> assertThat(name).matches(DATED));
    }

    @Test
    @DisplayName("should carry a real date and time of day")
    void theDateAndTimeAreReal() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HHmm").withResolverStyle(ResolverStyle.STRICT);
        for (String name : MigrationFiles.names()) {
            Matcher m = DATED.matcher(name);
            if (m.matches()) {
                assertThat(LocalDate.parse(m.group(1), day)).as(name).isNotNull();
                assertThat(LocalTime.parse(m.group(2), time)).as(name).isNotNull();
            }
        }
    }

    @Test
    @DisplayName("should never give two migrations the same version")
    void versionsAreUnique() {
        List<String> versions = MigrationFiles.names().stream().map(MigrationFiles::version).toList();
        assertThat(versions).doesNotHaveDuplicates();
    }
}
