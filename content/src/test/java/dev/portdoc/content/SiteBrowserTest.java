package dev.portdoc.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portdoc.cli.PortdocCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens the site that {@code portdoc build} writes for {@code content/} in headless Chromium
 * (Debian's {@code chromium} and {@code chromedriver}; skipped when they are not installed) and
 * checks what a reader sees. Also writes screenshots, light and dark, to {@code
 * target/screenshots/} for review.
 */
@Timeout(180)
class SiteBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SEED = Path.of("docs/architecture/networking-ports.md");
  private static final Path SITE = Path.of("target", "browser-site").toAbsolutePath();
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String HOSTILE_PAGE =
      """
      ---
      title: "Hostile <script>window.pwned = 'title'</script>"
      description: "<img src=x onerror=\\"window.pwned = 'description'\\">"
      ---
      ## Edge <img src=x onerror=alert(1)>

      | Port | Direction | Purpose |
      |---|---|---|
      | HTTPS (tcp/443) | INBOUND | <script>alert(1)</script> |
      | tcp/8443 | INBOUND | <img src=x onerror=alert(1)> |
      | tcp/9443 | OUTBOUND | <img src=x onerror="window.pwned = 'cell'"> [click](javascript:window.pwned='link') |
      | tcp/9444 | OUTBOUND | <svg onload="window.pwned = 'svg'"></svg> "><script>window.pwned = 'attr'</script> |
      """;

  @TempDir static Path temp;

  private static ChromeDriver driver;
  private static Path hostileSite;

  @BeforeAll
  static void buildSitesAndStartBrowser() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    assertThat(build("docs", SITE)).isZero();
    Path hostile = Files.createDirectories(temp.resolve("hostile"));
    Files.writeString(hostile.resolve("hostile.md"), HOSTILE_PAGE);
    hostileSite = temp.resolve("hostile-site");
    build(hostile.toString(), hostileSite);

    // never let Selenium Manager look for (or download) a driver or a browser
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    // leave alerts open so that the test sees them instead of Selenium dismissing them
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void lightScheme() {
    colorScheme("light");
  }

  @Test
  void indexListsTheDocument() {
    open(SITE.resolve("index.html"));

    WebElement link = driver.findElement(By.linkText("Network Communication and Ports"));
    assertThat(link.getAttribute("href"))
        .endsWith("/browser-site/pages/architecture/networking-ports.html");
    List<String> row =
        texts(link.findElement(By.xpath("ancestor::tr")).findElements(By.tagName("td")));
    assertThat(row.subList(1, 4))
        .containsExactly("docs/architecture/networking-ports.md", "4", "11");
  }

  @Test
  void documentPageShowsEveryRowOfTheSeedTables() throws IOException {
    open(SITE.resolve("pages/architecture/networking-ports.html"));

    List<List<String>> shown = new ArrayList<>();
    for (WebElement row :
        driver.findElements(By.cssSelector("table.ports tbody tr:not(.findings-row)"))) {
      List<String> cells = texts(row.findElements(By.tagName("td")));
      shown.add(cells.subList(1, cells.size()));
      assertThat(row.getAttribute("id")).isNotBlank();
    }
    assertThat(shown).containsExactlyElementsOf(bodyRowsOf(Files.readString(SEED)));
    assertThat(texts(driver.findElements(By.cssSelector("table.ports caption > span:first-child"))))
        .containsExactly(
            "SaaS Managed > Management Platform",
            "SaaS Managed > Workload Cluster",
            "Self-Hosted Network > Management Platform",
            "Self-Hosted Network > Workload Cluster");
  }

  @Test
  void filteringByOutboundHidesInboundRows() {
    open(SITE.resolve("ports.html"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#all-ports tbody tr"));
    assertThat(rows).hasSize(11);

    new Select(driver.findElement(By.cssSelector("select[name=direction]")))
        .selectByValue("outbound");

    List<String> visible = new ArrayList<>();
    for (WebElement row : rows) {
      String direction = row.getAttribute("data-direction");
      if (row.isDisplayed()) {
        visible.add(direction);
      } else {
        assertThat(direction).isEqualTo("inbound");
      }
    }
    assertThat(visible).hasSize(7).containsOnly("outbound");
    assertThat(driver.findElement(By.cssSelector("form.filters output")).getText())
        .isEqualTo("7 of 11 rules shown");
  }

  @Test
  void sortingByPortOrdersTheRowsNumerically() {
    open(SITE.resolve("ports.html"));

    driver.findElement(By.cssSelector("#all-ports thead th:first-child button")).click();
    List<String> ascending =
        texts(driver.findElements(By.cssSelector("#all-ports tbody td:first-child")));
    driver.findElement(By.cssSelector("#all-ports thead th:first-child button")).click();
    List<String> descending =
        texts(driver.findElements(By.cssSelector("#all-ports tbody td:first-child")));

    assertThat(ascending)
        .containsExactly(
            "443", "443", "443", "443", "443", "443", "4222", "4222", "4222", "4222", "6443");
    assertThat(descending.get(0)).isEqualTo("6443");
  }

  @Test
  void eachDeploymentHasADiagramWithLabelledArrows() {
    open(SITE.resolve("pages/architecture/networking-ports.html"));

    List<WebElement> diagrams = driver.findElements(By.cssSelector("figure.diagram svg"));
    assertThat(diagrams).hasSize(2);
    WebElement selfHosted = diagrams.get(1);
    assertThat(texts(selfHosted.findElements(By.cssSelector("g.box > text"))))
        .containsExactly(
            "Management Platform", "Workload Cluster", "External / clients", "External / services");
    List<String> labels = new ArrayList<>();
    for (WebElement arrow : selfHosted.findElements(By.cssSelector("g.arrow"))) {
      labels.add(
          arrow.getAttribute("class")
              + ": "
              + String.join(" | ", texts(arrow.findElements(By.cssSelector("text.label tspan")))));
    }
    assertThat(labels)
        .containsExactly(
            "arrow inbound: HTTPS 443/tcp | NATS 4222/tcp",
            "arrow outbound: HTTPS 443/tcp | HTTPS 6443/tcp",
            "arrow outbound: HTTPS 443/tcp | NATS 4222/tcp");
    // drawn at least at its own size on a 1280 px window, so the 13 px labels stay readable
    assertThat(selfHosted.getSize().getWidth()).isGreaterThanOrEqualTo(860);
  }

  @Test
  void pagesLogNoConsoleErrors() {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier tests left
    for (String page :
        List.of(
            "index.html", "ports.html", "lint.html", "pages/architecture/networking-ports.html")) {
      open(SITE.resolve(page));
      List<LogEntry> problems =
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
              .toList();
      assertThat(problems).as(page).isEmpty();
    }
  }

  @Test
  void darkSchemeRepaintsThePage() {
    open(SITE.resolve("index.html"));
    String light = backgroundColor();

    colorScheme("dark");
    open(SITE.resolve("index.html"));

    assertThat(light).isEqualTo("rgb(255, 255, 255)");
    assertThat(backgroundColor()).isEqualTo("rgb(13, 17, 23)");
  }

  @Test
  void markupInCellsRunsNoScript() {
    for (String page : List.of("pages/hostile.html", "index.html", "ports.html", "lint.html")) {
      open(hostileSite.resolve(page));

      assertThatThrownBy(() -> driver.switchTo().alert())
          .as(page)
          .isInstanceOf(NoAlertPresentException.class);
      assertThat(driver.executeScript("return typeof window.pwned"))
          .as(page)
          .isEqualTo("undefined");
      assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).as(page).isEmpty();
      assertThat(driver.findElements(By.cssSelector("main img, main script, main svg[onload]")))
          .as(page)
          .isEmpty();
    }
    open(hostileSite.resolve("pages/hostile.html"));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("<script>alert(1)</script>")
        .contains("<img src=x onerror=alert(1)>");
  }

  @Test
  void writesScreenshotsInLightAndDark() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    for (String scheme : List.of("light", "dark")) {
      colorScheme(scheme);
      open(SITE.resolve("index.html"));
      fullPage("index-" + scheme);
      open(SITE.resolve("pages/architecture/networking-ports.html"));
      fullPage("document-" + scheme);
      Files.write(
          SCREENSHOTS.resolve("diagram-" + scheme + ".png"),
          driver.findElement(By.cssSelector("figure.diagram")).getScreenshotAs(OutputType.BYTES));
      open(SITE.resolve("ports.html"));
      new Select(driver.findElement(By.cssSelector("select[name=direction]")))
          .selectByValue("outbound");
      fullPage("ports-outbound-" + scheme);
    }
    colorScheme("light");
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      open(SITE.resolve("pages/architecture/networking-ports.html"));
      fullPage("document-phone-light");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    assertThat(SCREENSHOTS.resolve("diagram-dark.png")).isNotEmptyFile();
  }

  /** The body rows of every Markdown table of {@code markdown}, cells trimmed. */
  private static List<List<String>> bodyRowsOf(String markdown) {
    List<List<String>> rows = new ArrayList<>();
    boolean header = false;
    for (String line : markdown.lines().toList()) {
      if (!line.startsWith("|")) {
        header = true;
        continue;
      }
      if (header || line.matches("\\|[\\s:|-]+\\|")) {
        header = false;
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static int build(String path, Path out) {
    var cli = PortdocCommand.newCommandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute("build", path, "--out", out.toString(), "--fail-on", "none");
  }

  private static void open(Path file) {
    driver.get(file.toUri().toString());
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).map(String::strip).toList();
  }

  private static String backgroundColor() {
    return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
  }

  private static void colorScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private static void fullPage(String name) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", Math.min(4000, ((Number) size.get("height")).doubleValue()),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.write(
        SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }
}
