package org.oversight.indicator;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.oversight.testing.H2PersistenceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Not a timed test: prints how long reading, checking and importing 10,000 values takes
 * (target under 2 seconds) on in-memory H2. Skipped unless asked for:
 * {@code mvn test -Dtest=IndicatorImportBenchmark -Dbenchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@H2PersistenceTest
@Import(IndicatorImport.class)
class IndicatorImportBenchmark {
    static final int INDICATORS = 100;
    static final int QUARTERS = 100;
    @Autowired IndicatorImport importer;

    @Test
    void importsAndChecksTenThousandValues() {
        String csv = file();
        importer.preview(IndicatorCsv.read(csv));
        long start = System.nanoTime();
        IndicatorSheet sheet = IndicatorCsv.read(csv);
        long read = System.nanoTime();
        ImportPreview checked = importer.preview(sheet);
        long check = System.nanoTime();
        ImportPreview preview = importer.importRows(sheet, "benchmark");
        long done = System.nanoTime();
        System.out.printf(Locale.ROOT, "Indicator import benchmark: %d values, %d warnings; read %.0f ms, check (preview) %.0f ms, "
                + "check and save %.0f ms; read, check and save %.0f ms%n", preview.rows().size(), checked.warnings().size(),
                (read - start) / 1e6, (check - read) / 1e6, (done - check) / 1e6, (read - start + done - check) / 1e6);
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
