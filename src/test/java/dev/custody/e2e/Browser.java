package dev.custody.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium driven through chromedriver, with a fresh profile directory that is deleted on
 * close; the page objects of the journeys share it. Missing binaries fail the run with what to install, never skip.
 */
final class Browser implements AutoCloseable {
    static final int WIDTH = 1366;
    static final int HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final URL root;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(URL root, Path profile, ChromeDriver driver) {
        this.root = root;
        this.profile = profile;
        this.downloads = profile.resolve("downloads");
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Starts chromium against the application at root (the Quarkus test port). */
    static Browser start(URL root) throws IOException {
        Path chromium = binary("custody.e2e.chromium", "CUSTODY_E2E_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = binary("custody.e2e.chromedriver", "CUSTODY_E2E_CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("custody-e2e-");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile.resolve("chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        try {
            Browser browser = new Browser(root, profile, new ChromeDriver(service, options));
            browser.fitViewport();
            return browser;
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Sizes the window so that the page itself (what screenshots show) is WIDTH x HEIGHT. */
    private void fitViewport() {
        driver.get("about:blank");
        resize(WIDTH, HEIGHT);
    }

    /** Sizes the window so that the page itself (the viewport) is width x height, e.g. a phone's 390 x 844. */
    void resize(int width, int height) {
        Dimension window = driver.manage().window().getSize();
        long innerWidth = (Long) driver.executeScript("return window.innerWidth");
        long innerHeight = (Long) driver.executeScript("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(window.width + width - (int) innerWidth,
                window.height + height - (int) innerHeight));
    }

    /** The binary at the configured or default path; a missing one fails the test with what to install. */
    private static Path binary(String property, String variable, String fallback) {
        String configured = System.getProperty(property, System.getenv().getOrDefault(variable, fallback));
        Path path = Path.of(configured);
        if (!Files.isExecutable(path)) {
            fail("The browser tests need " + path + " (set -D" + property + " or " + variable + " to use another). "
                    + "Install Chromium and its driver: apt-get install -y chromium chromium-driver (README, "
                    + "\"Browser tests\").");
        }
        return path;
    }

    /** Opens a path of the application, e.g. "/login". */
    void open(String path) {
        driver.get(url(path));
    }

    String url(String path) {
        String base = root.toString().replaceAll("/$", "");
        return base + path;
    }

    /** The path of the current page, without query or fragment. */
    String path() {
        return URL_PATH.apply(driver.getCurrentUrl());
    }

    private static final Function<String, String> URL_PATH =
            url -> url.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", "");

    /** Waits until the current page's path matches the regular expression, e.g. after a form post redirects. */
    void awaitPath(String regex) {
        wait.withMessage(() -> "expected a page at " + regex + " but was " + driver.getCurrentUrl())
                .until(d -> URL_PATH.apply(d.getCurrentUrl()).matches(regex));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Clicks and waits until the page it was on has gone (a link or a form post that loads a new page). */
    void clickAndLoad(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        // Centred, so that a sticky table header or the top bar never covers what is clicked.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    WebDriver driver() {
        return driver;
    }

    /** Where chromium saves downloads (for report download steps). */
    Path downloads() {
        return downloads;
    }

    /** The visible window as PNG bytes. */
    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Forgets the signed-in user (the session cookie) so the next journey signs in afresh. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
