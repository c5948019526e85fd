package org.openpractice.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/**
 * The browsers a test opens: each is closed after the test, and when the test failed a screenshot of what each
 * showed is saved first ({@code target/screenshots/failed-<test>-<n>.png}). Use as a JUnit {@code @Rule}.
 */
public final class Browsers extends TestWatcher {
    private final List<Browser> open = new ArrayList<>();

    /** A new browser, closed when the test ends. */
    public Browser open() throws IOException {
        Browser browser = new Browser();
        open.add(browser);
        return browser;
    }

    @Override
    protected void failed(Throwable e, Description description) {
        for (int i = 0; i < open.size(); i++) {
            try {
                open.get(i).screenshot("failed-" + description.getMethodName() + "-" + i);
            } catch (IOException | RuntimeException ignored) {
                // the browser may be gone already; the failure itself is what matters
            }
        }
    }

    @Override
    protected void finished(Description description) {
        for (Browser browser : open) {
            try {
                browser.close();
            } catch (IOException | RuntimeException ignored) {
                // closing is best effort
            }
        }
        open.clear();
    }
}
