package org.oversight.indicator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oversight.testing.H2PersistenceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Not a timed test: prints how long reading, checking and importing 10,000 values takes
 * (target under 2 seconds) on in-memory H2, the import committed as it would be for real
 * (the tables are emptied afterwards). Not part of the normal run:
 * {@code mvn test -Dtest=IndicatorImportBenchmark -Dexcluded.test.groups=none}.
 */
@Tag("benchmark")
@H2PersistenceTest
@Import(IndicatorImport.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IndicatorImportBenchmark {
    static final int INDICATORS = 100;
    static final int QUARTERS = 100;
    @Autowired IndicatorImport importer;

    @Test
    void importsAndChecksTenThousandValues() {
        String csv = file();
        importer.preview(IndicatorCsv.read(csv), null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[4];
        long[] cpu = new long[4];
        wall[0] = System.nanoTime();
        cpu[0] = threads.getCurrentThreadCpuTime();
        IndicatorSheet sheet = IndicatorCsv.read(csv);
        wall[1] = System.nanoTime();
        cpu[1] = threads.getCurrentThreadCpuTime();
        ImportPreview checked = importer.preview(sheet, null);
        wall[2] = System.nanoTime();
        cpu[2] = threads.getCurrentThreadCpuTime();
        ImportPreview preview = importer.importRows(sheet, "benchmark", null);
        wall[3] = System.nanoTime();
        cpu[3] = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "Indicator import benchmark: %d values, %d warnings%n", preview.rows().size(),
                checked.warnings().size());
        System.out.printf(Locale.ROOT, "  elapsed: read %.0f ms, check (preview) %.0f ms, check and save (committed) %.0f ms; "
                + "read, check and save %.0f ms%n", ms(wall, 0, 1), ms(wall, 1, 2), ms(wall, 2, 3), ms(wall, 0, 1) + ms(wall, 2, 3));
        System.out.printf(Locale.ROOT, "  CPU of the importing thread: read %.0f ms, check %.0f ms, check and save %.0f ms; "
                + "read, check and save %.0f ms (the database works in the same thread)%n", ms(cpu, 0, 1), ms(cpu, 1, 2),
                ms(cpu, 2, 3), ms(cpu, 0, 1) + ms(cpu, 2, 3));
    }

    private static double ms(long[] nanos, int from, int to) {
        return (nanos[to] - nanos[from]) / 1e6;
    }

    /** 100 percentage indicators with 100 quarters each; every seventh value misstated. */
    static String file() {
        StringBuilder csv = new StringBuilder(String.join(",", IndicatorRow.COLUMNS)).append('\n');
        for (int i = 0; i < INDICATORS; i++) {
            ReportingPeriod period = ReportingPeriod.quarter(2000, 1);
            for (int q = 0; q < QUARTERS; q++, period = period.next()) {
                int den = 50 + (i * 7 + q * 3) % 40;
                int num = den / 2 + q % 10;
                String value = String.format(Locale.ROOT, "%.1f", num * 100.0 / den + ((i + q) % 7 == 0 ? 2 : 0));
                csv.append("B ").append(i).append(",Benchmark ").append(i).append(",percent,higher,").append(period)
                        .append(',').append(num).append(',').append(den).append(',').append(value).append(",60,,,,,\n");
            }
        }
        return csv.toString();
    }
}
