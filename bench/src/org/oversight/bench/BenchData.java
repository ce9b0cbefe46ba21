package org.oversight.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills an empty Oversight database with {@code councils} councils' worth of data, each with
 * three plans of 300 actions, two years of monthly updates, 200 indicators with five years of
 * values and six boards with three years of meetings. Each council's accounts, indicators and
 * boards belong to it (the NHS partner's account to the partner), and every council uses the same
 * national indicator codes and board names, as councils do. Every council shares its first plan
 * and all its indicators with "National", whose adviser is {@code bench-adviser}. Migrates the schema with the
 * application's own Flyway migrations first. Writes the ids the load generator needs.
 *
 * <p>Arguments: JDBC URL, user, password, number of councils, file for the load targets.
 */
public final class BenchData {
    static final String PASSWORD = "bench-password-2026";

    private BenchData() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int councils = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, args[1], args[2]).locations("classpath:db/migration").load().migrate();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        LocalDate today = LocalDate.now();
        Properties targets = new Properties();
        long rowsWritten = 0;
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            connection.setAutoCommit(false);
            Ids ids = new Ids(connection);
            {
                Rows rows = new Rows(connection);
                Council.tables(rows);
                PlanData.tables(rows);
                IndicatorData.tables(rows);
                BoardData.tables(rows);
                SharingData sharing = SharingData.national(rows, ids);
                Council.account(rows, ids, "bench-admin", "Benchmark administrator", hash, "ADMINISTRATOR", null);
                Council.account(rows, ids, SharingData.ADVISER, "National improvement adviser", hash, "ADVISER", null);
                for (int c = 1; c <= councils; c++) {
                    Random random = new Random(c);
                    Council council = Council.write(c, rows, ids, hash);
                    PlanData planData = new PlanData(rows, ids, random, today);
                    List<List<Long>> byPlan = planData.write(council);
                    List<Long> actions = byPlan.stream().flatMap(List::stream).toList();
                    // every indicator linked to an action of the first plan: its report pack has 200 indicator charts
                    List<Long> indicators = new IndicatorData(rows, ids, random, today).write(council, byPlan.get(0));
                    new BoardData(rows, ids, random, today).write(council, planData.planIds().get(0));
                    sharing.share(council, planData.planIds().get(0), ids);
                    rows.flush();
                    connection.commit();
                    if (c == 1) {
                        targets.setProperty("actions", sample(actions, 60));
                        targets.setProperty("indicators", sample(indicators, 60));
                        targets.setProperty("plans", planData.planIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
                        targets.setProperty("council", council.code());
                        targets.setProperty("recommendations", sample(planData.recommendations(), 60));
                    }
                    if (c % 10 == 0 || c == councils) {
                        System.out.printf("  %d of %d councils, %,d rows, %.0f s%n", c, councils, rows.written(),
                                (System.nanoTime() - started) / 1e9);
                    }
                }
                large(rows, ids, hash, today, targets);
                rows.flush();
                connection.commit();
                rowsWritten = rows.written();
                try (var adviser = connection.prepareStatement("update account set group_id = ? where username = ?")) {
                    adviser.setLong(1, sharing.group());
                    adviser.setString(2, SharingData.ADVISER);
                    adviser.executeUpdate();
                }
            }
            ids.moveSequencesOn();
            connection.commit();
            connection.setAutoCommit(true);
            try (var s = connection.createStatement()) {
                s.execute("analyze");
            }
        }
        targets.setProperty("password", PASSWORD);
        Files.createDirectories(Path.of(args[4]).toAbsolutePath().getParent());
        try (var out = Files.newBufferedWriter(Path.of(args[4]))) {
            targets.store(out, "load targets: council 1");
        }
        System.out.printf("generated %d councils: %,d rows in %.1f s%n", councils, rowsWritten, (System.nanoTime() - started) / 1e9);
    }

    /**
     * A council of its own (number 0, so no page the load runs time sees it) with one plan of
     * 3,000 actions and the usual 200 indicators linked to them: what a large report pack is timed on.
     */
    private static void large(Rows rows, Ids ids, String hash, LocalDate today, Properties targets) throws java.sql.SQLException {
        Random random = new Random(0);
        Council council = Council.write(0, rows, ids, hash);
        PlanData planData = new PlanData(rows, ids, random, today);
        List<Long> actions = planData.write(council, 1, PlanData.LARGE_RECOMMENDATIONS).get(0);
        new IndicatorData(rows, ids, random, today).write(council, actions);
        targets.setProperty("large.plan", String.valueOf(planData.planIds().get(0)));
        targets.setProperty("large.council", council.code());
    }

    private static <T> String sample(List<T> ids, int count) {
        Random random = new Random(42);
        return random.ints(count, 0, ids.size()).mapToObj(ids::get).map(String::valueOf).collect(Collectors.joining(","));
    }
}
