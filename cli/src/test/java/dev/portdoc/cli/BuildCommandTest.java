package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

  private static final String PAGE =
      """
      ---
      title: "Demo <ports>"
      ---
      ## Cluster

      ### Node

      | Port | Direction | Purpose |
      |---|---|---|
      | HTTPS (tcp/443) | INBOUND | API <script>alert(1)</script> |
      | tcp/2379-2380 | OUTBOUND | etcd |
      """;

  @Test
  void writesAPageAndASpecPerDocumentBelowTheSourceFolder(@TempDir Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs/net"));
    Files.writeString(docs.resolve("ports.md"), PAGE);
    Path out = dir.resolve("site");

    Cli result = Cli.run("build", dir.resolve("docs").toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(files(out))
        .containsExactly(
            "index.html",
            "lint.html",
            "pages/net/ports.html",
            "portdoc.css",
            "portdoc.js",
            "ports.html",
            "specs/all.yaml",
            "specs/net/ports.yaml");
    String spec = Files.readString(out.resolve("specs/net/ports.yaml"));
    assertThat(spec)
        .contains("apiVersion: portdoc/v1")
        .contains("- name: Cluster")
        .contains("- name: Node")
        .contains("port: 2379\n")
        .contains("endPort: 2380\n")
        .contains("direction: outbound");
    String html = Files.readString(out.resolve("pages/net/ports.html"));
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    assertThat(result.out()).contains("Site:  " + out.toAbsolutePath().resolve("index.html"));
  }

  @Test
  void baseUrlAddsASitemapOfEveryPage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ports.md"), PAGE);
    Path out = dir.resolve("site");

    Cli result =
        Cli.run(
            "build",
            dir.resolve("ports.md").toString(),
            "--out",
            out.toString(),
            "--base-url",
            "https://docs.example.org/ports");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(out.resolve("sitemap.xml")))
        .contains("<loc>https://docs.example.org/ports/index.html</loc>")
        .contains("<loc>https://docs.example.org/ports/pages/ports.html</loc>");
  }

  @Test
  void aBaseUrlThatIsNotHttpIsAUsageErrorAndWritesNothing(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ports.md"), PAGE);
    Path out = dir.resolve("site");

    Cli result =
        Cli.run(
            "build",
            dir.resolve("ports.md").toString(),
            "--out",
            out.toString(),
            "--base-url",
            "javascript:alert(1)");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .contains("base URL javascript:alert(1) must be an absolute http:// or https:// URL");
    assertThat(out).doesNotExist();
  }

  @Test
  void sameInputGivesByteIdenticalOutput(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ports.md"), PAGE);
    Path docs = dir.resolve("ports.md");

    Cli.run("build", docs.toString(), "--out", dir.resolve("a").toString());
    Cli.run("build", docs.toString(), "--out", dir.resolve("b").toString());

    assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")));
  }

  @Test
  void replacesThePreviousOutputAsAWhole(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ports.md"), PAGE);
    Path out = Files.createDirectories(dir.resolve("site"));
    Files.writeString(out.resolve("stale.html"), "old");

    assertThat(
            Cli.run("build", dir.resolve("ports.md").toString(), "--out", out.toString())
                .exitCode())
        .isZero();

    assertThat(out.resolve("stale.html")).doesNotExist();
    assertThat(out.resolve("index.html")).exists();
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("ports.md", "site");
    }
  }

  @Test
  void refusesAnOutputFolderThatContainsTheSources(@TempDir Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("ports.md"), PAGE);

    Cli result = Cli.run("build", docs.toString(), "--out", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("contains the input");
    assertThat(docs.resolve("ports.md")).exists();
  }

  @Test
  void badInputLeavesThePreviousOutputUntouched(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("site"));
    Files.writeString(out.resolve("index.html"), "previous");

    Cli result = Cli.run("build", dir.resolve("missing").toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("previous");
  }

  @Test
  void exportPrintsTheSpecOfEveryPage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), PAGE);
    Files.writeString(dir.resolve("b.md"), PAGE);

    Cli result = Cli.run("export", dir.toString(), "--format", "yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().split("\n---\n")).hasSize(2);
    assertThat(result.out()).contains("path: " + dir + "/a.md").contains("path: " + dir + "/b.md");
  }

  private static List<String> files(Path root) throws IOException {
    return List.copyOf(contents(root).keySet());
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }
}
