package org.openpractice.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium driven through Debian's ChromeDriver; nothing is downloaded. */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path userData;

    public Browser() throws java.io.IOException {
        userData = Files.createTempDirectory("op-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.pollingEvery(Duration.ofMillis(100));
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Creates the practice and its director on the first-run page of a fresh server at {@code home} (the server's
     * root URL); ends on the dashboard.
     */
    public void firstRun(String home, String practice, String firstName, String lastName, String email,
            String password) {
        open(home);
        awaitUrlEndsWith("/first-run");
        type("practiceName", practice);
        type("firstName", firstName);
        type("lastName", lastName);
        type("email", email);
        type("password", password);
        type("passwordConfirm", password);
        click("create");
        awaitText("account-name", practice);
    }

    /** Signs in on the page at {@code signInUrl} with a password alone; ends once the header shows the account. */
    public void signIn(String signInUrl, String email, String password) {
        open(signInUrl);
        type("email", email);
        type("password", password);
        click("signin");
        byId("account-name");
    }

    /** Waits for an element with this id to be visible. */
    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Types into a Vaadin field (its native input, or a text area's textarea, lives in the light DOM). */
    public void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks the radio button labelled {@code label} in the Vaadin radio group {@code groupId}. */
    public void choose(String groupId, String label) {
        wait.until(d -> {
            for (WebElement radio : d.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button"))) {
                if (radio.getText().strip().equals(label)) {
                    WebElement input = radio.findElement(By.cssSelector("input"));
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
                    input.click();
                    return true;
                }
            }
            return false;
        });
    }

    public void click(String id) {
        click(By.id(id));
    }

    public void awaitUrlEndsWith(String suffix) {
        wait.until(d -> d.getCurrentUrl().replaceAll("\\?.*$", "").endsWith(suffix));
    }

    /**
     * Waits until the element with this id holds {@code text}. Read in the page, not through a WebElement, so an
     * element Vaadin re-renders between lookup and read does not fail the wait.
     */
    public void awaitText(String id, String text) {
        awaitContent(id, text);
    }

    /** The visible text of the element with this id once it is visible, read in the page. */
    public String text(String id) {
        byId(id);
        Object visible = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.innerText : null;", id);
        return visible == null ? "" : visible.toString().strip();
    }

    /** The text inside the element with this id, light DOM included (grid cells, items of an open menu). */
    public String content(String id) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id);
        return text == null ? "" : text.toString();
    }

    /** Waits until the element with this id holds {@code text}, as {@link #content} reads it. */
    public void awaitContent(String id, String text) {
        wait.until(d -> content(id).contains(text));
    }

    /**
     * Clicks what {@code locator} finds once it is clickable, e.g. a menu item, scrolled to the middle of its scroll
     * container first: the app layout scrolls its content area, not the window.
     */
    public void click(By locator) {
        wait.until(d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                if (element == null) {
                    return false;
                }
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                return true;
            } catch (StaleElementReferenceException | ElementNotInteractableException e) {
                return false; // re-rendered or covered for a moment: look it up again
            } catch (WebDriverException e) {
                if (detached(e)) {
                    return false;
                }
                throw e;
            }
        });
        awaitIdle();
    }

    /** Chromium's wording when an element was replaced between lookup and use. */
    private static boolean detached(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document") || message.contains("No node with given id");
    }

    /** Reloads the page once the server has answered what the page sent, so no change is cut off. */
    public void reload() {
        awaitIdle();
        driver.navigate().refresh();
    }

    /**
     * Waits until the Vaadin client has no request in flight: what a click started (a save, a navigation) has been
     * answered. A page without a Vaadin client (mid-navigation) counts as idle.
     */
    public void awaitIdle() {
        wait.until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const flow = window.Vaadin && window.Vaadin.Flow;"
                                + " if (!flow || !flow.clients) { return true; }"
                                + " return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());"));
            } catch (WebDriverException e) {
                return false; // the page is being replaced; ask the next one
            }
        });
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The error message Vaadin shows under a field, or null. */
    public String fieldError(String id) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const f = document.getElementById(arguments[0]); return f && f.invalid ? f.errorMessage : null;", id);
        return text == null ? null : text.toString();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws java.io.IOException {
        driver.quit();
        Server.delete(userData);
    }
}
