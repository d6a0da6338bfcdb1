package dev.portdoc.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.yaml.PortSpec;
import dev.portdoc.site.yaml.SpecBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Page → spec → Markdown → spec gives the same spec (locations aside). */
class MarkdownSpecWriterTest {

  private static final Path SEED =
      Path.of("../parser/src/test/resources/pages/seed-networking-ports.md");
  private static final Path FIXTURES = Path.of("src/test/resources/specs");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private final SpecBuilder builder = new SpecBuilder();
  private final MarkdownSpecWriter writer = new MarkdownSpecWriter();

  @Test
  void seedSpecRendersAsTheSeedLayout() throws IOException {
    String markdown = writer.write(builder.spec(parse(SEED)));

    Path golden = GOLDEN.resolve("seed-networking-ports.render.md");
    if (Boolean.getBoolean("portdoc.updateGolden")) {
      Files.writeString(golden, markdown, StandardCharsets.UTF_8);
    }
    assertThat(markdown).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void seedRoundTripsThroughMarkdown() {
    assertRoundTrip(parse(SEED));
  }

  @Test
  void fixturesRoundTripThroughMarkdown() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      List<Path> pages = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      assertThat(pages).isNotEmpty();
      pages.forEach(page -> assertRoundTrip(parse(page)));
    }
  }

  @Test
  void escapesMarkupAndCellBreaks() {
    assertThat(MarkdownSpecWriter.escape("a|b *c* <d> [e](f) `g` &amp; \\"))
        .isEqualTo("a\\|b \\*c\\* \\<d\\> \\[e\\](f) \\`g\\` \\&amp; \\\\");
  }

  @Test
  void everyCorpusPageRoundTripsThroughMarkdown() {
    List<Path> pages = corpus();
    Assumptions.assumeFalse(pages.isEmpty(), "no shared corpus");
    List<String> failures = new ArrayList<>();
    for (Path page : pages) {
      PortSpec first = builder.spec(parse(page)).withoutLocations();
      PortSpec second = reparse(first);
      if (!second.equals(first)) {
        failures.add(page + ": " + firstDifference(first, second));
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The first rule (or name) that differs, for a readable failure. */
  private static String firstDifference(PortSpec expected, PortSpec actual) {
    List<PortSpec.Rule> a = expected.rules();
    List<PortSpec.Rule> b = actual.rules();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return a.get(i) + " became " + b.get(i);
      }
    }
    if (a.size() != b.size()) {
      return a.size() + " rules became " + b.size();
    }
    return expected.deployments() + " became " + actual.deployments();
  }

  private void assertRoundTrip(Document page) {
    PortSpec first = builder.spec(page).withoutLocations();
    assertThat(reparse(first)).as(page.path()).isEqualTo(first);
  }

  private PortSpec reparse(PortSpec spec) {
    String markdown = writer.write(spec);
    return builder.spec(PageParser.create().parse("rendered.md", markdown)).withoutLocations();
  }

  private static Document parse(Path page) {
    try {
      return PageParser.create().parse(page.getFileName().toString(), Files.readString(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> corpus() {
    String shared = System.getProperty("portdoc.shared");
    if (shared == null || !Files.isDirectory(Path.of(shared, "corpus"))) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(Path.of(shared, "corpus"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return (name.endsWith(".md") || name.endsWith(".mdx"))
                    && !name.equals("sources.md");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
