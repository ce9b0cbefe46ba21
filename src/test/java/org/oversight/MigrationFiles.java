package org.oversight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The Flyway migration files as shipped in the application, by file name. */
final class MigrationFiles {
    static final String LOCATION = "classpath:db/migration";

    private MigrationFiles() {
    }

    static List<String> names() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION + "/**/*");
            return Arrays.stream(found).filter(Resource::isReadable).map(Resource::getFilename)
                    .filter(Objects::nonNull).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of a dated migration name, as Flyway reads it: "20261122.1000". */
    static String version(String name) {
        return name.substring(1, name.indexOf("__")).replace('_', '.');
    }
}
