package dev.portdoc.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.testing.FolderFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

  private static final Path SEED =
      Path.of("../parser/src/test/resources/pages/seed-networking-ports.md");

  @Test
  void sameInputGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
    SiteInput input = input("docs/a.md", "docs/b/c.md");
    SiteBuilder builder = new SiteBuilder().withBaseUrl(URI.create("https://example.org/ports/"));

    builder.write(input, Files.createDirectories(dir.resolve("one")));
    new SiteBuilder()
        .withBaseUrl(URI.create("https://example.org/ports/"))
        .write(input, Files.createDirectories(dir.resolve("two")));

    Map<String, byte[]> one = FolderFiles.of(dir.resolve("one"));
    Map<String, byte[]> two = FolderFiles.of(dir.resolve("two"));
    assertThat(one.keySet())
        .containsExactly(
            "index.html",
            "lint.html",
            "pages/a.html",
            "pages/b/c.html",
            "portdoc.css",
            "portdoc.js",
            "ports.html",
            "sitemap.xml",
            "specs/a.yaml",
            "specs/all.yaml",
            "specs/b/c.yaml");
    FolderFiles.assertSameFiles(two, one);
  }

  @Test
  void warmingUpWritesNothingAndChangesNoFile(@TempDir Path dir) throws IOException {
    SiteInput input = input("docs/a.md", "docs/b/c.md");
    SiteBuilder warm = new SiteBuilder().withBaseUrl(URI.create("https://example.org/ports/"));

    warm.warmUp();
    assertThat(FolderFiles.of(dir)).isEmpty();
    warm.write(input, Files.createDirectories(dir.resolve("warm")));
    new SiteBuilder()
        .withBaseUrl(URI.create("https://example.org/ports/"))
        .write(input, Files.createDirectories(dir.resolve("cold")));

    Map<String, byte[]> cold = FolderFiles.of(dir.resolve("cold"));
    Map<String, byte[]> warmed = FolderFiles.of(dir.resolve("warm"));
    FolderFiles.assertSameFiles(warmed, cold);
  }

  @Test
  void wholeTreeSpecHoldsEveryDocumentAndAvoidsAPageNamedAll(@TempDir Path dir) throws IOException {
    SiteInput input = input("docs/all.md", "docs/b.md");

    new SiteBuilder().write(input, dir);

    String tree = Files.readString(dir.resolve("specs/all-2.yaml"));
    assertThat(tree.split("\n---\n")).hasSize(2);
    assertThat(tree).contains("path: docs/all.md").contains("path: docs/b.md");
    assertThat(Files.readString(dir.resolve("index.html"))).contains("href=\"./specs/all-2.yaml\"");
  }

  @Test
  void baseUrlMustBeAbsoluteHttp() {
    for (String bad :
        List.of("javascript:alert(1)", "/relative", "ftp://host/x", "https://h/?q=1")) {
      assertThatThrownBy(() -> new SiteBuilder().withBaseUrl(URI.create(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("base URL " + bad + " must");
    }
  }

  private static SiteInput input(String... paths) throws IOException {
    String seed = Files.readString(SEED);
    List<Document> documents =
        Stream.of(paths).map(p -> PageParser.create().parse(p, seed)).toList();
    return new SiteInput(documents, Map.of(), "docs");
  }
}
