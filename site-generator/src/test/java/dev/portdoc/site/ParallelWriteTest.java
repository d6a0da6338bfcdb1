package dev.portdoc.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.html.HtmlSiteWriter;
import dev.portdoc.site.testing.FolderFiles;
import dev.portdoc.site.yaml.YamlSpecWriter;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SiteBuilder#write}, which renders and writes pages on several threads and joins the tree's
 * spec from the page specs' files, gives exactly the files of the one-thread reference: {@link
 * HtmlSiteWriter#render} for the site and {@link YamlSpecWriter} for the specs.
 */
class ParallelWriteTest {

  private static final URI BASE = URI.create("https://ports.example.org/docs/");
  private static final Path SEED =
      Path.of("../parser/src/test/resources/pages/seed-networking-ports.md");

  @Test
  void manyCopiesOfTheSeedPageGiveTheReferenceFiles(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEED);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      paths.add("docs/part-" + (i % 3) + "/page-" + i + ".md");
    }
    assertWritesReference(input("docs", paths, path -> seed), dir);
  }

  @Test
  void ofTwoSourcesWithOneOutputNameTheLaterIsKeptAndBothAreInTheTreeSpec(@TempDir Path dir)
      throws IOException {
    String seed = Files.readString(SEED);
    SiteInput input =
        input(
            "docs",
            List.of("docs/a.md", "docs/b.md", "docs/a.mdx"),
            path -> path.endsWith(".mdx") ? seed.replace("# ", "# MDX ") : seed);

    Map<String, byte[]> written = assertWritesReference(input, dir);

    String page = new String(written.get("pages/a.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("docs/a.mdx").doesNotContain("docs/a.md<");
    String tree = new String(written.get("specs/all.yaml"), StandardCharsets.UTF_8);
    assertThat(tree.split("\n---\n")).hasSize(3);
  }

  @Test
  void theSharedCorpusGivesTheReferenceFiles(@TempDir Path dir) throws IOException {
    assertWritesReference(corpusInput(), dir);
  }

  private static SiteInput corpusInput() throws IOException {
    String shared = System.getProperty("portdoc.shared");
    Path corpus = shared == null ? null : Path.of(shared, "corpus");
    assumeTrue(corpus != null && Files.isDirectory(corpus), "no shared corpus");
    List<String> paths;
    try (Stream<Path> walk = Files.walk(corpus)) {
      paths =
          walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdx"))
              .map(p -> "corpus/" + corpus.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(paths).hasSizeGreaterThan(20);
    return input("corpus", paths, path -> read(corpus.resolve(path.substring("corpus/".length()))));
  }

  @Test
  void specsWrittenWhileThePagesAreReadGiveTheReferenceFiles(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEED);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      paths.add("docs/part-" + (i % 4) + "/page-" + i + (i % 9 == 0 ? ".mdx" : ".md"));
    }
    paths.add("docs/part-1/page-1.mdx"); // the same output name as page-1.md: this one is kept
    paths.add("docs/all.md"); // the tree's spec becomes all-2.yaml
    SiteInput input = input("docs", paths, path -> seed.replace("# ", "# " + path + " "));

    Map<String, byte[]> written =
        assertWritesReference(input, dir, (builder, folder) -> writeWithSpecs(input, folder));

    assertThat(written).containsKey("specs/all-2.yaml");
    assertThat(new String(written.get("specs/part-1/page-1.yaml"), StandardCharsets.UTF_8))
        .contains("path: docs/part-1/page-1.mdx");
  }

  @Test
  void specsThatTheReadingMissedAreWrittenWithTheSite(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEED);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      paths.add("docs/page-" + i + ".md");
    }
    SiteInput input = input("docs", paths, path -> seed);

    assertWritesReference(
        input,
        dir,
        (builder, folder) -> {
          List<String> names = input.documents().stream().map(Document::path).toList();
          try (SpecFiles specs = SiteBuilder.specFiles(folder, "docs", names)) {
            // every third page only: the others are written by the site's pass
            for (int i = 0; i < input.documents().size(); i += 3) {
              specs.write(input.documents().get(i));
            }
            builder.write(input, folder, specs);
          }
        });
  }

  @Test
  void specFilesMadeForAnotherSourceRootAreRefused(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEED);
    SiteInput input = input("docs", List.of("docs/a/b.md", "docs/c.md"), path -> seed);
    List<String> names = input.documents().stream().map(Document::path).toList();

    try (SpecFiles specs = SiteBuilder.specFiles(dir, "docs/a", names)) {
      assertThatThrownBy(() -> new SiteBuilder().write(input, dir, specs))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("from 'docs/a', not for");
    }
  }

  @Test
  void aPathGivenTwiceMakesTheSiteWriteEverySpecItself(@TempDir Path dir) throws IOException {
    String seed = Files.readString(SEED);
    AtomicInteger version = new AtomicInteger();
    SiteInput input =
        input(
            "docs",
            List.of("docs/a.md", "docs/b.md", "docs/a.md"),
            path -> seed.replace("# ", "# Version " + version.incrementAndGet() + " "));

    Map<String, byte[]> written =
        assertWritesReference(input, dir, (builder, folder) -> writeWithSpecs(input, folder));

    assertThat(new String(written.get("specs/a.yaml"), StandardCharsets.UTF_8))
        .contains("- name: Version 3 ");
  }

  @Test
  void theSharedCorpusWithSpecsWrittenWhileReadingGivesTheReferenceFiles(@TempDir Path dir)
      throws IOException {
    SiteInput input = corpusInput();
    assertWritesReference(input, dir, (builder, folder) -> writeWithSpecs(input, folder));
  }

  /** As a build does it: each spec written as its page is read, on several threads. */
  private static void writeWithSpecs(SiteInput input, Path folder) throws IOException {
    List<String> names = input.documents().stream().map(Document::path).toList();
    try (SpecFiles specs = SiteBuilder.specFiles(folder, input.sourceRoot(), names)) {
      input.documents().parallelStream().forEach(specs::write);
      new SiteBuilder().withBaseUrl(BASE).write(input, folder, specs);
    }
  }

  private interface SiteWrite {
    void write(SiteBuilder builder, Path folder) throws IOException;
  }

  private static Map<String, byte[]> assertWritesReference(SiteInput input, Path dir)
      throws IOException {
    return assertWritesReference(input, dir, (builder, folder) -> builder.write(input, folder));
  }

  private static Map<String, byte[]> assertWritesReference(
      SiteInput input, Path dir, SiteWrite write) throws IOException {
    write.write(new SiteBuilder().withBaseUrl(BASE), dir);
    Map<String, byte[]> written = FolderFiles.of(dir);

    Map<String, byte[]> expected = new TreeMap<>();
    new HtmlSiteWriter()
        .render(input, Optional.of(BASE))
        .forEach((path, text) -> expected.put(path, text.getBytes(StandardCharsets.UTF_8)));
    YamlSpecWriter yaml = new YamlSpecWriter();
    for (Document document : input.documents()) {
      expected.put(
          SitePaths.yamlSpec(input.outputName(document)),
          yaml.write(document).getBytes(StandardCharsets.UTF_8));
    }
    expected.put(
        SitePaths.treeSpec(input),
        yaml.writeAll(input.documents()).getBytes(StandardCharsets.UTF_8));

    FolderFiles.assertSameFiles(written, expected);
    return written;
  }

  private interface Text {
    String of(String path) throws IOException;
  }

  private static SiteInput input(String root, List<String> paths, Text text) throws IOException {
    PageParser parser = PageParser.create();
    List<Document> documents = new ArrayList<>();
    for (String path : paths) {
      documents.add(parser.parse(path, text.of(path)));
    }
    List<List<Diagnostic>> found = StandardChecks.linter().lintAll(documents);
    Map<String, List<Diagnostic>> findings = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      findings.put(documents.get(i).path(), found.get(i));
    }
    return new SiteInput(documents, findings, root);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
