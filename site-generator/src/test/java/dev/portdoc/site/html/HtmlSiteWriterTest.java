package dev.portdoc.site.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.SiteInput;
import dev.portdoc.site.testing.FolderFiles;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files {@link HtmlSiteWriter#write} encodes as it renders are the pages of {@link
 * HtmlSiteWriter#render}, which keeps them as strings, in UTF-8: whatever the characters, and with
 * the table bodies, diagrams and rows that the templates take from placeholders.
 */
class HtmlSiteWriterTest {

  private static final Optional<URI> BASE = Optional.of(URI.create("https://ports.example.org/"));

  /** Text beyond Latin-1 and beyond the BMP in every place that reaches the HTML. */
  private static final String UNUSUAL =
      """
      ---
      title: "Ports \u2192 \ud83d\ude80 caf\u00e9 \u201cquoted\u201d"
      description: "Tabs\tand \u00b7 dots & <marks>"
      ---
      ## Edge \u2014 \u65e5\u672c

      ### Agent \u00ff

      | Port | Protocol | Direction | Source | Destination | Purpose |
      |---|---|---|---|---|---|
      | 443 | TCP | Inbound | Clients \u2192 LB | | HTTPS \ud83d\udd12 |
      | 8443 | TCP | Outbound | | Registry \u00e9 | Pull <images> & "charts" |
      | 9090 | TCP | Inbound | | | \u2026 metrics \ud800 lone |
      """;

  @Test
  void writtenFilesAreTheRenderedPagesInUtf8(@TempDir Path dir) throws IOException {
    Document unusual = PageParser.create().parse("docs/unusual \u2192.md", UNUSUAL);
    SiteInput seed = SiteFixtures.seed();
    SiteInput input =
        new SiteInput(
            List.of(seed.documents().get(0), unusual),
            Map.of(
                seed.documents().get(0).path(),
                seed.findingsOf(seed.documents().get(0)),
                unusual.path(),
                StandardChecks.linter().lint(unusual)),
            "docs");

    assertWritesRendered(input, dir.resolve("unusual"));
    assertWritesRendered(SiteFixtures.handBuilt(), dir.resolve("hand-built"));
  }

  @Test
  void aSiteWithoutRulesIsWrittenAsRendered(@TempDir Path dir) throws IOException {
    Document empty = PageParser.create().parse("docs/empty.md", "# Nothing\n\nNo tables here.\n");

    assertWritesRendered(new SiteInput(List.of(empty), Map.of(), "docs"), dir);
  }

  private static void assertWritesRendered(SiteInput input, Path dir) throws IOException {
    HtmlSiteWriter writer = new HtmlSiteWriter();
    writer.write(input, dir, BASE);

    Map<String, byte[]> rendered = new TreeMap<>();
    writer.render(input, BASE).forEach((path, text) -> rendered.put(path, text.getBytes(UTF_8)));
    FolderFiles.assertSameFiles(FolderFiles.of(dir), rendered);
  }
}
