package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portdoc.cli.report.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintFixTest {

  private static final Set<String> FIXABLE =
      Set.of(
          "duplicate-row",
          "direction-typo",
          "transport-typo",
          "header-typo",
          "service-typo",
          "spelling");

  private static Path seedCopy(Path dir) throws IOException {
    Path page = dir.resolve("networking-ports.md");
    Files.copy(Path.of(LintCommandTest.SEED), page);
    return page;
  }

  /** The seed page with exactly the two fixes: line 33 gone, Sefl-Hosted spelled right. */
  private static String expectedSeedFix(String original, String lineEnd) {
    List<String> lines = new ArrayList<>(List.of(original.split(lineEnd, -1)));
    assertThat(lines.get(32)).startsWith("| NATS (tcp/4222) | OUTBOUND  |");
    lines.remove(32);
    assertThat(lines.get(42)).contains("Palette Sefl-Hosted to");
    lines.set(42, lines.get(42).replace("Sefl-Hosted", "Self-Hosted"));
    return String.join(lineEnd, lines);
  }

  @Test
  void fixRemovesTheDuplicateRowAndTheTypoOfTheSeedAndNothingElse(@TempDir Path dir)
      throws IOException {
    Path page = seedCopy(dir);
    String original = Files.readString(page);

    Cli result = Cli.run("lint", "--fix", page.toString());

    assertThat(Files.readString(page)).isEqualTo(expectedSeedFix(original, "\n"));
    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out())
        .isEqualTo(
            page
                + ":54:14: info service-port-mismatch HTTPS is registered on port 443, the row"
                + " says 6443.\n"
                + "1 file(s) checked: 0 error(s), 0 warning(s), 1 info; 2 fixed\n");
    Cli again = Cli.run("lint", page.toString(), "--fail-on", "warning");
    assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(again.out()).endsWith("1 file(s) checked: 0 error(s), 0 warning(s), 1 info\n");
  }

  @Test
  void fixKeepsCrlfLineEndsAByteOrderMarkAndThePermissions(@TempDir Path dir) throws IOException {
    Path page = seedCopy(dir);
    String crlf = Files.readString(page).replace("\n", "\r\n");
    Files.writeString(page, "\uFEFF" + crlf, StandardCharsets.UTF_8);
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
    boolean posix = page.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (posix) {
      Files.setPosixFilePermissions(page, mode);
    }

    Cli result = Cli.run("lint", "--fix", page.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(page)).isEqualTo("\uFEFF" + expectedSeedFix(crlf, "\r\n"));
    if (posix) {
      assertThat(Files.getPosixFilePermissions(page)).isEqualTo(mode);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(page); // no temporary file left behind
    }
  }

  @Test
  void dryRunPrintsTheDiffAndWritesNothing(@TempDir Path dir) throws IOException {
    Path page = seedCopy(dir);
    byte[] before = Files.readAllBytes(page);
    String name = page.toString().substring(1);

    Cli result = Cli.run("lint", "--fix", "--dry-run", page.toString());

    assertThat(Files.readAllBytes(page)).isEqualTo(before);
    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out())
        .startsWith("--- a/" + name + "\n+++ b/" + name + "\n@@ -30,7 +30,6 @@\n")
        .contains(
            "-| NATS (tcp/4222) | OUTBOUND  | Registry (packs, integrations), Pack containers,"
                + " Application Updates |\n")
        .contains("@@ -41,7 +40,7 @@\n")
        .contains(
            "-The following ports must be reachable from a network perspective for Palette"
                + " Sefl-Hosted to function correctly.\n"
                + "+The following ports must be reachable from a network perspective for Palette"
                + " Self-Hosted to function correctly.\n");
    assertThat(result.err()).isEqualTo("2 finding(s) would be fixed in 1 file(s)\n");
  }

  @Test
  void aFixedHeaderLetsTheNextRoundFixTheCellsOfItsColumn(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("ports.md");
    Files.writeString(
        page,
        """
        | Port    | Direciton | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | INBOUD    | UI      |
        """);

    Cli result = Cli.run("lint", "--fix", page.toString());

    assertThat(Files.readString(page))
        .isEqualTo(
            """
            | Port    | Direction | Purpose |
            | ------- | --------- | ------- |
            | tcp/443 | INBOUND   | UI      |
            """);
    assertThat(result.out()).endsWith("0 warning(s), 0 info; 2 fixed\n");
  }

  @Test
  void dryRunWithoutFixIsAUsageError() {
    Cli result = Cli.run("lint", "--dry-run", LintCommandTest.SEED);

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--dry-run only works with --fix");
  }

  @Test
  void aPageWithNothingToFixIsNotRewritten(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("clean.md");
    Files.writeString(page, "# Ports\n\n| Port | Direction |\n|---|---|\n| 22 | INBOUND |\n");
    Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));

    Cli result = Cli.run("lint", "--fix", page.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.getLastModifiedTime(page).toMillis()).isEqualTo(1_000_000L);
  }

  @Test
  void jsonAndSarifCarryTheFixes() throws IOException {
    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("lint", LintCommandTest.SEED, "--format", "json").out());
    assertThat(json.at("/diagnostics/0/fix/edits/0/deleteLine").asInt()).isEqualTo(33);
    JsonNode edit = json.at("/diagnostics/1/fix/edits/0");
    assertThat(edit.get("line").asInt()).isEqualTo(44);
    assertThat(edit.get("column").asInt()).isEqualTo(78);
    assertThat(edit.get("length").asInt()).isEqualTo(11);
    assertThat(edit.get("replacement").asText()).isEqualTo("Self-Hosted");
    assertThat(json.at("/diagnostics/2/fix").isMissingNode()).isTrue();

    String sarifText = Cli.run("lint", LintCommandTest.SEED, "--format", "sarif").out();
    assertThat(SarifSchema.violations(sarifText)).isEmpty();
    JsonNode sarif = new ObjectMapper().readTree(sarifText);
    JsonNode spelling = sarif.at("/runs/0/results/1/fixes/0/artifactChanges/0/replacements/0");
    assertThat(spelling.at("/deletedRegion/startLine").asInt()).isEqualTo(44);
    assertThat(spelling.at("/deletedRegion/startColumn").asInt()).isEqualTo(78);
    assertThat(spelling.at("/deletedRegion/endColumn").asInt()).isEqualTo(89);
    assertThat(spelling.at("/insertedContent/text").asText()).isEqualTo("Self-Hosted");
    JsonNode row = sarif.at("/runs/0/results/0/fixes/0/artifactChanges/0/replacements/0");
    assertThat(row.at("/deletedRegion/startLine").asInt()).isEqualTo(33);
    assertThat(row.at("/deletedRegion/endLine").asInt()).isEqualTo(34);
    assertThat(row.has("insertedContent")).isFalse();
  }

  @Test
  void fixOnAGeneratedTreeLeavesNoFixableFindingAndTouchesOnlyDefectivePages(@TempDir Path out)
      throws IOException, InterruptedException {
    String property = System.getProperty("portdoc.shared");
    assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no shared folder");
    Path generator = Path.of(property, "bench/gen-corpus.py");
    assumeTrue(Files.isRegularFile(generator), "no generator");
    Process python;
    try {
      python =
          new ProcessBuilder(
                  "python3",
                  generator.toString(),
                  out.toString(),
                  "--pages",
                  "100",
                  "--seed",
                  "3",
                  "--defect-rate",
                  "0.5")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "no python3");
      return;
    }
    python.getInputStream().readAllBytes();
    assertThat(python.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(python.exitValue()).isZero();
    ObjectMapper json = new ObjectMapper();
    Set<String> fixablePages = new HashSet<>();
    int plantedFixable = 0;
    for (JsonNode p : json.readTree(out.resolve("planted.json").toFile())) {
      String kind = p.get("kind").asText();
      if (kind.equals("duplicate-row") || kind.startsWith("typo-")) {
        fixablePages.add(p.get("file").asText());
        plantedFixable++;
      }
    }
    Files.delete(out.resolve("planted.json"));
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(out)) {
      pages = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<byte[]> before = new ArrayList<>();
    for (Path page : pages) {
      before.add(Files.readAllBytes(page));
    }

    Cli fix = Cli.run("lint", "--fix", out.toString(), "--format", "json", "--fail-on", "none");
    Cli lint = Cli.run("lint", out.toString(), "--format", "json", "--fail-on", "none");

    JsonNode fixed = json.readTree(fix.out());
    assertThat(fixed.at("/summary/fixed").asInt()).isGreaterThanOrEqualTo(plantedFixable);
    JsonNode after = json.readTree(lint.out());
    assertThat(after.get("diagnostics")).isNotEmpty(); // port-out-of-range and column-count stay
    for (JsonNode d : after.get("diagnostics")) {
      assertThat(d.has("fix")).as(d.toString()).isFalse();
      assertThat(FIXABLE).as(d.toString()).doesNotContain(d.get("rule").asText());
    }
    for (int i = 0; i < pages.size(); i++) {
      String relative = out.relativize(pages.get(i)).toString().replace('\\', '/');
      byte[] now = Files.readAllBytes(pages.get(i));
      String text = new String(now, StandardCharsets.UTF_8);
      assertThat(text).doesNotContain("(tpc/").doesNotContain("(upd/").doesNotContain("Direciton");
      if (!fixablePages.contains(relative)) {
        assertThat(now).as(relative).isEqualTo(before.get(i));
      }
    }
  }
}
