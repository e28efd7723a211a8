package dev.custody.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The executive dashboard at /dashboard, where executives land: the money at risk and the report downloads. */
final class DashboardPage {
    static final String PATH = "/dashboard";
    private static final Duration DOWNLOAD = Duration.ofSeconds(60);

    private final Browser browser;

    DashboardPage(Browser browser) {
        this.browser = browser;
        browser.awaitPath(PATH);
        browser.find(By.id("dashboard"));
    }

    String heading() {
        return browser.find(By.cssSelector("#dashboard h1")).getText();
    }

    /** The total expected annual loss as shown, e.g. "1,234,567.89 EUR". */
    String totalAle() {
        return browser.find(By.id("total-ale")).getText();
    }

    /** The decisions that need an executive, each a link: follows the first and answers the path it went to. */
    String followFirstDecision() {
        WebElement link = browser.find(By.cssSelector("#decisions li a"));
        browser.clickAndLoad(link);
        return browser.path();
    }

    /** The money at risk in compact money, e.g. "USD 5.4 M". */
    String compactAle() {
        return browser.find(By.id("money-at-risk-ale")).getText();
    }

    /** Clicks the download button of this format and waits until chromium has saved a new, complete file. */
    Path download(String format) throws IOException {
        Set<Path> before = files();
        WebElement button = browser.find(By.cssSelector("#dashboard a[data-download='" + format + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        return new WebDriverWait(browser.driver(), DOWNLOAD)
                .withMessage(() -> "no ." + format + " download arrived in " + browser.downloads())
                .until(d -> files().stream().filter(p -> !before.contains(p))
                        .filter(p -> p.getFileName().toString().endsWith("." + format)).findFirst().orElse(null));
    }

    /** The files in the download folder (chromium's partial ".crdownload" files excluded). */
    private Set<Path> files() {
        if (!Files.isDirectory(browser.downloads())) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(browser.downloads())) {
            return list.filter(p -> !p.getFileName().toString().endsWith(".crdownload")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
