package dev.portdoc.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.SiteInput;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden HTML of every page kind, compared as structure: both sides are parsed with jsoup and
 * printed one element per line, so template whitespace does not matter but every element, attribute
 * and text does. {@code -Dportdoc.updateGolden=true} rewrites the files.
 */
class HtmlGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/html");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "seed, pages/architecture/networking-ports.html",
    "seed, index.html",
    "seed, ports.html",
    "seed, lint.html",
    "seed, sitemap.xml",
    "hand-built, pages/edge/agent.html",
    "hand-built, index.html",
    "hand-built, ports.html",
    "hand-built, lint.html",
  })
  void pageMatchesGoldenStructure(String fixture, String page) throws IOException {
    SiteInput input = fixture.equals("seed") ? SiteFixtures.seed() : SiteFixtures.handBuilt();
    Map<String, String> site =
        new HtmlSiteWriter()
            .render(input, Optional.of(URI.create("https://ports.example.org/docs")));

    String name = fixture + "--" + page.replace('/', '_');
    assertGolden(name, page.endsWith(".xml") ? site.get(page) : structure(site.get(page)));
  }

  /** One element per line, indented by depth, text collapsed. */
  static String structure(String html) {
    Document document = Jsoup.parse(html);
    document.outputSettings().prettyPrint(true).outline(true).indentAmount(1);
    return document.outerHtml() + "\n";
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("portdoc.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file; run with -Dportdoc.updateGolden=true").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
