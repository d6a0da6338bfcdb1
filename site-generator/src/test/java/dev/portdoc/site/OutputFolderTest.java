package dev.portdoc.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portdoc.parser.PageParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @Test
  void aLargePreviousOutputIsReplacedAndDeletedWhole(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("site");
    // more files than the sequential deletion takes, in nested folders, with a link to a file
    // outside that must survive
    Path outside = Files.writeString(dir.resolve("keep.txt"), "keep");
    for (int i = 0; i < 700; i++) {
      Path file = out.resolve("pages/s-" + (i % 7) + "/deep/p-" + i + ".html");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "old " + i);
    }
    Files.createSymbolicLink(out.resolve("pages/link.txt"), outside);

    OutputFolder.at(out, List.of(dir.resolve("docs")))
        .replaceWith(staging -> Files.writeString(staging.resolve("index.html"), "new"));

    assertThat(listing(dir)).containsExactly("keep.txt", "site", "site/index.html");
    assertThat(Files.readString(outside)).isEqualTo("keep");
  }

  @Test
  void aLargeHalfWrittenStagingFolderIsDeletedAndThePreviousOutputKept(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "previous");

    assertThatThrownBy(
            () ->
                OutputFolder.at(out, List.of(dir.resolve("docs")))
                    .replaceWith(
                        staging -> {
                          for (int i = 0; i < 600; i++) {
                            Path file = staging.resolve("specs/" + (i % 5) + "/s-" + i + ".yaml");
                            Files.createDirectories(file.getParent());
                            Files.writeString(file, "spec");
                          }
                          throw new IOException("disk full");
                        }))
        .hasMessage("disk full");

    assertThat(listing(dir)).containsExactly("site", "site/index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("previous");
  }

  @Test
  void aStagedFolderBecomesTheOutputOnlyWhenCommitted(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("site"));
    Files.writeString(out.resolve("index.html"), "previous");
    OutputFolder folder = OutputFolder.at(out, List.of(dir.resolve("docs")));

    try (OutputFolder.Staging staging = folder.stage()) {
      Files.writeString(staging.path().resolve("index.html"), "new");
      // written over time: until the commit the previous output stands
      assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("previous");
      assertThat(listing(dir)).hasSize(4).contains("site", "site/index.html");
      staging.commit();
      assertThatThrownBy(staging::path).isInstanceOf(IllegalStateException.class);
    }

    assertThat(listing(dir)).containsExactly("site", "site/index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
  }

  @Test
  void aStagedFolderClosedUncommittedIsDeletedWithTheSpecsWrittenIntoIt(@TempDir Path dir)
      throws IOException {
    Path out = Files.createDirectories(dir.resolve("site"));
    Files.writeString(out.resolve("index.html"), "previous");
    PageParser parser = PageParser.create();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      paths.add("docs/s-" + (i % 6) + "/p-" + i + ".md");
    }

    assertThatThrownBy(
            () -> {
              try (OutputFolder.Staging staging =
                      OutputFolder.at(out, List.of(dir.resolve("docs"))).stage();
                  SpecFiles specs = SiteBuilder.specFiles(staging.path(), "docs", paths)) {
                // the build fails while spec files are still being written
                paths.parallelStream()
                    .forEach(path -> specs.write(parser.parse(path, "| Port |\n| - |\n| 443 |\n")));
                throw new IOException("page unreadable");
              }
            })
        .hasMessage("page unreadable");

    assertThat(listing(dir)).containsExactly("site", "site/index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("previous");
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
