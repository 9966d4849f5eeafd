package io.dossier.server;

import io.dossier.testing.FakeEmbedder;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.embed.OnnxEmbedder;
import io.dossier.store.DocumentStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless browser (Debian's chromium through chromedriver, both set
 * explicitly so that Selenium never looks for a driver on the network): a reader uploads the
 * five seed articles, asks the seed question, sees key points, clicks a piece of evidence and
 * sees it highlighted in its source. Uses the real embedding model. Leaves a screenshot in
 * {@code target/screenshots/brief.png}.
 */
class BrowserTest {
  static final String QUESTION = "Why does Russia not want Ukraine to join NATO?";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path dir;

  private WebDriver browser() throws java.io.IOException {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1440,900",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chrome-profile"));
    return new ChromeDriver(service, options);
  }

  private static void assumeBrowser() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: /usr/bin/chromium or /usr/bin/chromedriver is absent (apt-get install chromium chromium-driver; .ci/run does)");
  }

  @Test
  void htmlAndScriptInADocumentCannotInjectAnythingIntoThePage() throws Exception {
    assumeBrowser();
    String evil = "<img src=x onerror=\"document.body.dataset.pwned='img'\">"
        + "<script>document.body.dataset.pwned='script'</script>";
    byte[] dump = ("Closing the town " + evil + " to cars\n\n"
        + "The council said " + evil + " that the old town will close to cars next spring because the air is bad.\n\n"
        + "Shop owners worry that customers will not come back without parking near the market square.\n\n"
        + "Cycling groups said the streets would be much safer for children once the cars are gone.\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path file = dir.resolve("evil <img src=x onerror=alert(1)>.txt");
    Files.write(file, dump);
    try (DocumentStore store = DocumentStore.open(dir.resolve("data"), new FakeEmbedder(), DocumentStore.Options.defaults());
        DossierServer server = new DossierServer(store, ServerConfig.loopback(0)).start()) {
      WebDriver driver = browser();
      try {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        driver.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> d.findElements(By.cssSelector("#docs li")).size() == 1);
        driver.findElement(By.id("question")).sendKeys("Why will the old town close? " + evil);
        driver.findElement(By.id("ask")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result h2")));
        wait.until(d -> !d.findElements(By.cssSelector("#result .evidence-link")).isEmpty());
        driver.findElement(By.cssSelector("#result .evidence-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-text")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return document.body.dataset.pwned || null")).isNull();
        assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThat(driver.findElement(By.id("result")).getText()).contains("<script>");
        assertThat(driver.findElement(By.id("docs")).getText()).contains("<img src=x");
      } finally {
        driver.quit();
      }
    }
  }

  @Test
  void aReaderUploadsTheSeedsAsksTheQuestionAndSeesHighlightedEvidence() throws Exception {
    Path seeds = Path.of(System.getProperty("dossier.shared", "../../shared"), "corpus", "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: the seed corpus " + seeds + " is absent");
    assumeBrowser();
    List<String> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
          .map(p -> p.toAbsolutePath().normalize().toString()).toList();
    }
    assertThat(files).hasSize(5);

    OnnxEmbedder model = new OnnxEmbedder(2);
    try (DocumentStore store = DocumentStore.open(dir.resolve("data"), model, DocumentStore.Options.defaults());
        DossierServer server = new DossierServer(store, ServerConfig.loopback(0)).start()) {
      Thread warm = new Thread(model::warmUp);
      warm.setDaemon(true);
      warm.start();
      WebDriver driver = browser();
      try {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(240));
        driver.findElement(By.id("files")).sendKeys(String.join("\n", files));
        wait.until(d -> d.findElements(By.cssSelector("#docs li")).size() == 5);
        assertThat(driver.findElement(By.id("add-msg")).getText()).contains("Added 5 of 5");

        // nothing to show yet: no empty source panel, no download buttons, no progress
        assertThat(driver.findElement(By.id("source")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("downloads")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("job")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href")).endsWith("favicon.svg");

        WebElement question = driver.findElement(By.id("question"));
        question.sendKeys(QUESTION);
        driver.findElement(By.id("ask")).click();
        // live progress while the brief is made: "Stage k of n: ..."
        wait.until(d -> d.findElement(By.id("job-text")).getText().matches("Stage \\d of \\d: .*"));
        assertThat(driver.findElement(By.id("job")).isDisplayed()).isTrue();
        Path progressShot = Path.of("target", "screenshots", "progress.png");
        Files.createDirectories(progressShot.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), progressShot,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#key-points .point")));
        assertThat(driver.findElement(By.id("job")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("downloads")).isDisplayed()).isTrue();
        // the coverage matrix: a filled circle for each source that makes a key point
        long filled = driver.findElements(By.cssSelector("#result svg.coverage circle[r='7']")).size();
        long made = ((Number) ((JavascriptExecutor) driver).executeScript(
            "return brief.keyPoints.reduce((n, p) => n + p.sources.length, 0);")).longValue();
        assertThat(filled).isEqualTo(made).isPositive();
        assertThat(driver.findElements(By.cssSelector("#result svg.timeline rect"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#result svg.actors")).getText()).contains("supports", "opposes");
        List<WebElement> points = driver.findElements(By.cssSelector("#key-points .point"));
        assertThat(points).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#result h2")).getText()).isEqualTo(QUESTION);

        WebElement evidence = driver.findElement(By.cssSelector("#key-points .evidence li"));
        WebElement cite = evidence.findElement(By.cssSelector("button.evidence-link"));
        // a chip names its source by title (and date), not by its hash id
        assertThat(cite.getText()).isNotBlank().doesNotMatch("\\d{3}_[0-9a-f]{16}");
        String quoted = evidence.getText().replace(cite.getText(), "");
        cite.click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-text mark")));
        assertThat(mark.getText()).isNotBlank();
        assertThat(quoted.replaceAll("\\s+", " ")).contains(mark.getText().replaceAll("\\s+", " ").strip());
        String sourceText = driver.findElement(By.id("source-text")).getText();
        assertThat(sourceText.length()).isGreaterThan(mark.getText().length());
        // the cited span is where the brief says it is
        Object ok = ((JavascriptExecutor) driver).executeScript(
            "const b = arguments[0]; const d = brief.documents.find(x => x.id === b.dataset.doc);"
                + "return d.text.substring(+b.dataset.start, +b.dataset.end) === document.querySelector('#source-text mark').textContent;",
            cite);
        assertThat(ok).isEqualTo(Boolean.TRUE);
        // the source links back to the points it makes (the first key point among them)
        WebElement makes = driver.findElement(By.id("source-points"));
        assertThat(makes.isDisplayed()).isTrue();
        assertThat(makes.getText()).startsWith("Makes ").contains("key point 1");
        for (WebElement a : makes.findElements(By.tagName("a"))) {
          String target = a.getAttribute("href").replaceAll(".*#", "");
          assertThat(driver.findElements(By.id(target))).hasSize(1);
        }

        Path shot = Path.of("target", "screenshots", "brief.png");
        Files.createDirectories(shot.getParent());
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('key-points').scrollIntoView()");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
            shot.resolveSibling("key-points.png"), StandardCopyOption.REPLACE_EXISTING);

        // who said what: their own words in quotation marks, reported speech marked as such
        WebElement quotes = driver.findElement(By.xpath("//section[h3='Quotes']"));
        List<String> lines = quotes.findElements(By.cssSelector("ul.evidence > li")).stream().map(WebElement::getText).toList();
        assertThat(lines).anySatisfy(t -> assertThat(t).contains(": \u201c"));
        assertThat(lines).anySatisfy(t -> assertThat(t).contains("reported speech): ").doesNotContain("reported speech): \u201c"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", quotes);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
            shot.resolveSibling("quotes.png"), StandardCopyOption.REPLACE_EXISTING);
      } finally {
        driver.quit();
      }
    }
  }
}
