package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey shares: one headless Chromium per journey class, signing in as a
 * demo account, following links and buttons to the next page, and checking each page visited
 * has a heading and no axe-core WCAG 2.2 AA violation (collected in {@link #violations}).
 */
public abstract class BrowserJourney {
    protected static HeadlessChromium chromium;
    @LocalServerPort
    protected int port;
    protected Page page;
    protected final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    /** Signs in with a demo account's password and checks the person is signed in. */
    protected void signIn(String username) {
        visit("/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo-password");
        navigateBy(page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Sign in")));
        assertThat(page.locator("body").textContent()).contains("Sign out");
    }

    /** Clicks something that loads a new page, and waits for that page. */
    protected void navigateBy(Locator target) {
        page.evaluate("window.__leaving = true");
        target.click();
        page.waitForFunction("() => window.__leaving === undefined");
        page.waitForLoadState();
    }

    /** Opens a path of the application and checks the page. */
    protected void visit(String path) {
        page.navigate("http://localhost:" + port + path);
        check();
    }

    /** The page has a heading; its accessibility violations are added to {@link #violations}. */
    protected void check() {
        page.waitForLoadState();
        assertThat(page.locator("h1").count()).as("a heading on " + page.url()).isGreaterThan(0);
        HeadlessChromium.accessibilityViolations(page).forEach(v -> violations.add(page.url() + " -> " + v));
    }
}
