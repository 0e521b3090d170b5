package io.jnewman.report.html;

import io.jnewman.model.KeyValue;
import io.jnewman.report.ReporterOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens a generated report in Debian's headless chromium through /usr/bin/chromedriver (both given explicitly, so
 * nothing is looked up or downloaded) and checks what a person sees: the counts, styles and script allowed by the
 * page's policy, a failed request's body appearing on a click, and nothing fetched. Leaves a screenshot in
 * target/html-report.png; with -Dhtml.screenshot=PATH it is copied there (docs/html-report.png is made that way).
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String FAILED_BODY = "{\"error\":\"duplicate user\",\"id\":42}";

    /** Selenium warns that it has no CDP binding for this chromium; the test does not use CDP. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @TempDir
    Path dir;
    private ChromeDriver driver;

    @BeforeAll
    static void browserInstalled() {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SKIPPED browser test: Debian's chromium and chromium-driver are not installed and could not be"
                        + " (run-tests.sh installs them with apt-get as root)");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,1200",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) driver.quit();
    }

    /** Two iterations of the users sample: one failed request with a JSON body, a refused one, console output. */
    private Path report() {
        SampleRun run = SampleRun.users(2);
        for (int it = 0; it < 2; it++) {
            run.iteration(it);
            run.item(it, "Get user").respond(200, "OK", "application/json", "{\"id\":1,\"name\":\"Ann\"}", 38 - it * 9)
                    .console("log", "'fetched user'", "1").pass("status is 200").pass("has a name").done();
            if (it == 0) {
                run.item(it, "Create user").sentWith(List.of(KeyValue.of("Content-Type", "application/json")), 409, "Conflict",
                                "application/json", FAILED_BODY, 64)
                        .fail("status is 201", "expected response to have status code 201 but got 409")
                        .pass("answers in JSON").done();
                run.item(it, "Health").refused().fail("is up", "expected undefined to be a number or a date").done();
            } else {
                run.item(it, "Create user").respond(201, "Created", "application/json", "{\"id\":43}", 51)
                        .pass("status is 201").pass("answers in JSON").done();
                run.item(it, "Health").respond(200, "OK", "text/plain", "up", 7).skip("is up").done();
            }
            run.endIteration(it);
        }
        run.finish();
        HtmlReportHooks hooks = new HtmlReportHooks(
                item -> item.parent() != null ? Optional.of("team-users") : Optional.of("platform"), null);
        HtmlReporter reporter = new HtmlReporter(new ReporterOptions(Map.of("export", "report.html")),
                HtmlReporterTest.context(dir), hooks);
        run.replay(reporter::on);
        return dir.resolve("report.html");
    }

    @Test
    void rendersTheCountsAndShowsAFailedRequestsBodyAfterAClick() throws IOException {
        driver.get(report().toUri().toString());

        assertThat(driver.findElement(By.id("requests-passed")).getText()).isEqualTo("4");
        assertThat(driver.findElement(By.id("requests-failed")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("pass-rate")).getText()).isEqualTo("77.7%");
        assertThat(driver.findElement(By.id("assertion-counts")).getText()).isEqualTo("7 passed · 2 failed · 1 skipped");

        WebElement failed = driver.findElement(By.cssSelector("details.request.failed"));
        WebElement body = failed.findElement(By.cssSelector(".response-body"));
        assertThat(body.isDisplayed()).isFalse();
        failed.findElement(By.tagName("summary")).click();
        assertThat(body.isDisplayed()).isTrue();
        assertThat(body.getText()).contains("\"error\" : \"duplicate user\"", "\"id\" : 42");
        assertThat(failed.findElement(By.cssSelector(".owner")).getText()).isEqualTo("owner: team-users");

        screenshot();
    }

    @Test
    void stylesAndScriptRunUnderThePolicyAndNothingIsFetched() {
        driver.get(report().toUri().toString());
        JavascriptExecutor js = driver;

        // the header colour comes from the inline stylesheet: proof the policy's style hash matches
        assertThat(driver.findElement(By.cssSelector("header.top")).getCssValue("background-color"))
                .isEqualTo("rgba(198, 40, 40, 1)");
        // "Failed only" is the inline script at work: proof the policy's script hash matches
        WebElement passing = driver.findElement(By.cssSelector("details.request.passed"));
        assertThat(passing.isDisplayed()).isTrue();
        driver.findElement(By.id("only-failed")).click();
        assertThat(passing.isDisplayed()).isFalse();
        // a link of the failure list opens the request it names
        WebElement link = driver.findElement(By.cssSelector("#failures a.goto"));
        String target = link.getAttribute("href").replaceFirst(".*#", "");
        link.click();
        assertThat(driver.findElement(By.id(target)).getAttribute("open")).isNotNull();

        assertThat(js.executeScript("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
    }

    /** The whole page: the window is first made as tall as the document. */
    private void screenshot() throws IOException {
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, ((Number) height).intValue() + 40));
        driver.executeScript("window.scrollTo(0, 0)");
        Path shot = Path.of("target", "html-report.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
        String copyTo = System.getProperty("html.screenshot");
        if (copyTo != null && !copyTo.isBlank()) {
            Path docs = Path.of(copyTo);
            Files.createDirectories(docs.toAbsolutePath().getParent());
            Files.copy(shot, docs, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)).isNotEmpty();
    }
}
