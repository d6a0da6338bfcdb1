package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portdoc.site.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are written whole or not at all, only inside the output folder, never over the sources;
 * the docs tree's symbolic links are not followed.
 */
class OutputSafetyTest {

  private static final String PAGE =
      """
      | Port | Purpose |
      |---|---|
      | tcp/443 | API |
      """;

  @TempDir Path dir;
  private Path docs;
  private Path out;

  @BeforeEach
  void previousBuild() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("ports.md"), PAGE);
    out = Files.createDirectories(dir.resolve("site"));
    Files.writeString(out.resolve("index.html"), "previous");
    Files.createDirectories(out.resolve("pages"));
    Files.writeString(out.resolve("pages/old.html"), "previous page");
  }

  @Test
  void aWriterThatFailsHalfwayLeavesThePreviousOutputAndNoTemporaryFolder() throws IOException {
    Map<String, String> before = tree(dir);
    OutputFolder folder = OutputFolder.at(out, List.of(docs));

    assertThatThrownBy(
            () ->
                folder.replaceWith(
                    staging -> {
                      Files.writeString(staging.resolve("index.html"), "half");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void aWriterThatThrowsAnUncheckedExceptionLeavesThePreviousOutput() throws IOException {
    Map<String, String> before = tree(dir);
    OutputFolder folder = OutputFolder.at(out, List.of(docs));

    assertThatThrownBy(
            () ->
                folder.replaceWith(
                    staging -> {
                      Files.createDirectories(staging.resolve("pages"));
                      Files.writeString(staging.resolve("pages/new.html"), "new");
                      throw new UncheckedIOException(new IOException("template failed"));
                    }))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void aPageThatCannotBeReadHalfwayLeavesThePreviousOutputAndNoTemporaryFolder()
      throws IOException {
    // the output is staged before the pages are read; a page failing then must leave no trace
    Path spec = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: portdoc/v1\nkind: [x\n");
    Map<String, String> before = tree(dir);

    Cli result = Cli.run("build", spec.toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("portdoc: " + spec + ":3:1: not valid YAML: ");
    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void aSuccessfulBuildReplacesTheOutputAndWritesNothingBesideIt() throws IOException {
    Cli result = Cli.run("build", docs.toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("pages/old.html")).doesNotExist();
    assertThat(listing(dir)).containsExactly("docs", "site");
    assertThat(listing(docs)).containsExactly("ports.md");
  }

  @Test
  void theSourceFolderItselfIsRefusedAsOutput() throws IOException {
    Map<String, String> before = tree(dir);

    Cli result = Cli.run("build", docs.toString(), "--out", docs.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "portdoc: output folder "
                + docs
                + " contains the input "
                + docs
                + "; choose another --out\n");
    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void aFolderAboveTheSourcesIsRefusedAsOutput() throws IOException {
    Map<String, String> before = tree(dir);

    Cli result = Cli.run("build", docs.toString(), "--out", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("contains the input");
    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void aFolderAboveTheSourcesWrittenWithDotDotIsRefused() throws IOException {
    Map<String, String> before = tree(dir);

    Cli result = Cli.run("build", docs.toString(), "--out", docs.resolve("../.").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(tree(dir)).isEqualTo(before);
  }

  @Test
  void anOutputPathThatIsAFileIsRefusedAndKept() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");

    Cli result = Cli.run("build", docs.toString(), "--out", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("portdoc: output " + file + " exists and is not a folder\n");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void anOutputThatIsASymlinkIsReplacedWithoutTouchingWhereItPointed() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("important.txt"), "keep me");
    Path link = Files.createSymbolicLink(dir.resolve("linked-site"), elsewhere);

    Cli result = Cli.run("build", docs.toString(), "--out", link.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(elsewhere.resolve("important.txt"))).isEqualTo("keep me");
    assertThat(listing(elsewhere)).containsExactly("important.txt");
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(link.resolve("index.html")).exists();
  }

  @Test
  void symlinksInTheDocsTreeAreNotFollowed() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.md"), PAGE + "| tcp/443 | API |\n");
    Files.createSymbolicLink(docs.resolve("linked-file.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(docs.resolve("linked-folder"), outside);
    Files.createSymbolicLink(docs.resolve("same-page.md"), docs.resolve("ports.md"));
    Files.createSymbolicLink(docs.resolve("broken.md"), dir.resolve("missing.md"));
    Files.createSymbolicLink(docs.resolve("loop"), docs);

    Cli result = Cli.run("lint", docs.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 info\n");
  }

  @Test
  void aPageNamedDirectlyIsReadEvenThroughASymlink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), docs.resolve("ports.md"));

    Cli result = Cli.run("lint", link.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).startsWith("1 file(s) checked");
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Every file and folder below {@code root} (links not followed), with file contents. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.toList()) {
        String name = root.relativize(path).toString();
        files.put(
            name,
            Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? Files.readString(path)
                : "<folder or link>");
      }
    }
    return files;
  }
}
