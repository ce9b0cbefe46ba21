package org.oversight.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, headless, with the axe-core accessibility checks
 * for WCAG 2.2 AA. The browser comes from the system (CHROMIUM_PATH, default the Debian
 * location); Playwright never downloads one. A missing browser fails the test, never skips it.
 */
public final class HeadlessChromium implements AutoCloseable {
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> QUIET_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    public HeadlessChromium() {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium is needed for the browser tests and was not found at " + executable
                    + ". Install Debian's chromium package (the CI script does) or set CHROMIUM_PATH.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true).setArgs(QUIET_FLAGS));
    }

    public Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
    }

    /** The WCAG 2.2 AA violations axe-core finds on the page, each with the elements involved. */
    public static List<String> accessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        return results.getViolations().stream().map(HeadlessChromium::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
                .collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
