package org.oversight.importing.formats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much an import will take, under {@code oversight.import}: the largest file it reads
 * ({@code max-size}, default 20 MB; a reader reads no more than that, and it is also the
 * largest file the web accepts in an upload), the largest part of an Office file once unpacked
 * ({@code max-unpacked-size}, default 100 MB) and how long one reading may take
 * ({@code time-limit}, default 30 seconds).
 */
@ConfigurationProperties("oversight.import")
public record FormatLimits(DataSize maxSize, DataSize maxUnpackedSize, Duration timeLimit) {
    public FormatLimits {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
        maxUnpackedSize = maxUnpackedSize == null ? DataSize.ofMegabytes(100) : maxUnpackedSize;
        timeLimit = timeLimit == null ? Duration.ofSeconds(30) : timeLimit;
    }

    public static FormatLimits defaults() {
        return new FormatLimits(null, null, null);
    }
}
