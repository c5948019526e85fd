package org.openpractice.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
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
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits for an element with this id to be visible. */
    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Types into a Vaadin field (its native input lives in the light DOM). */
    public void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public void awaitUrlEndsWith(String suffix) {
        wait.until(d -> d.getCurrentUrl().replaceAll("\\?.*$", "").endsWith(suffix));
    }

    public void awaitText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
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
