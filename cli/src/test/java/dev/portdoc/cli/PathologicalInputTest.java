package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile pages next to a normal one: each run ends with a finding for the hostile page (or none
 * when it is valid, only large) and the normal page is still checked. The time limit is a hang
 * guard only: each of these parses in well under a second of CPU.
 */
class PathologicalInputTest {

  private static final Duration HANG_GUARD = Duration.ofMinutes(2);

  /** A normal page with one finding: line 4 repeats line 3. */
  private static final String GOOD =
      """
      | Port | Purpose |
      |---|---|
      | tcp/22 | SSH |
      | tcp/22 | SSH |
      """;

  private static final String GOOD_FINDING =
      "a-good.md:4:1: error duplicate-row Row duplicates the row at line 3; remove one of them.";

  @TempDir Path dir;

  @Test
  void tenThousandRowTableKeepsExactLineNumbers() throws IOException {
    StringBuilder page = new StringBuilder("| Port | Purpose |\n|---|---|\n");
    for (int i = 0; i < 10_000; i++) {
      page.append("| tcp/").append(1024 + i).append(" | service ").append(i).append(" |\n");
    }
    page.append("| tcp/1024 | service 0 |\n");

    List<String> lines = lint(page.toString());

    assertThat(lines)
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:10003:1: error duplicate-row Row duplicates the row at line 3; remove one of"
                + " them.",
            "2 file(s) checked: 2 error(s), 0 warning(s), 0 info");
  }

  @Test
  void tenThousandColumnRowIsRefusedAtTheCellBeyondTheLimit() throws IOException {
    String page =
        "| Port |"
            + " x |".repeat(10_000)
            + "\n|---|"
            + "---|".repeat(10_000)
            + "\n| tcp/443 |"
            + " y |".repeat(10_000)
            + "\n";

    assertThat(lint(page))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:1:"
                + ("| Port |".length() + 999 * " x |".length())
                + ": error parse-error more than 1000 table cells on one line; split the table",
            summary(2));
  }

  @Test
  void nineHundredColumnTableIsRead() throws IOException {
    String page =
        "| Port |"
            + " x |".repeat(900)
            + "\n|---|"
            + "---|".repeat(900)
            + "\n| tcp/443 |"
            + " y |".repeat(900)
            + "\n";

    List<String> lines = lint(page);

    // each of the 900 unknown columns is read and reported once
    assertThat(lines).filteredOn(l -> l.contains(" info unknown-header ")).hasSize(900);
    assertThat(lines)
        .filteredOn(l -> !l.contains(" info unknown-header "))
        .containsExactly(GOOD_FINDING, "2 file(s) checked: 1 error(s), 0 warning(s), 900 info");
  }

  @Test
  void oneMegabyteCellIsRead() throws IOException {
    String page = "| Port | Purpose |\n|---|---|\n| tcp/443 | " + "a".repeat(1 << 20) + " |\n";

    assertThat(lint(page)).containsExactly(GOOD_FINDING, summary(1));
  }

  @Test
  void fiftyThousandNestedQuotesAreRefusedAtTheDeepLevel() throws IOException {
    assertThat(lint("intro\n\n" + ">".repeat(50_000) + " x\n"))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:3:65: error parse-error more than 64 nested block quotes or list items on"
                + " one line; flatten the structure",
            summary(2));
  }

  @Test
  void fiftyThousandNestedListsAreRefusedAtTheDeepLevel() throws IOException {
    assertThat(lint("- ".repeat(50_000) + "x\n"))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:1:129: error parse-error more than 64 nested block quotes or list items on"
                + " one line; flatten the structure",
            summary(2));
  }

  @Test
  void deepButAllowedNestingWithATableIsRead() throws IOException {
    String quote = "> ".repeat(60);
    String page =
        quote + "| Port |\n" + quote + "|---|\n" + quote + "| 80 |\n" + quote + "| 80 |\n";

    assertThat(lint(page))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:4:1: error duplicate-row Row duplicates the row at line 3; remove one of"
                + " them.",
            summary(2));
  }

  @Test
  void fiveThousandUnderscoresAndLongReferenceUrlsAreRead() throws IOException {
    // each overflows flexmark's recursion on a default 512 KB-1 MB thread stack
    String page =
        "_".repeat(5_000)
            + "\n\n"
            + "[a]: https://example.com/"
            + "x".repeat(5_000)
            + "\n\n[b]: <"
            + "(".repeat(5_000)
            + ">\n\n[a] [b] "
            + "[".repeat(50_000)
            + "\n";

    assertThat(lint(page)).containsExactly(GOOD_FINDING, summary(1));
  }

  @Test
  void unclosedFrontMatterIsAFinding() throws IOException {
    assertThat(lint("---\ntitle: Ports\n\n" + GOOD))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:1:1: error parse-error front matter opened here is never closed by a '---'"
                + " line, so the rest of the page cannot be read; close it or remove this line",
            summary(2));
  }

  @Test
  void nulBytesMakeThePageBinary() throws IOException {
    assertThat(lint("# Ports\n\nsome\0text\n" + GOOD))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:3:5: error parse-error binary content (a NUL character), not a Markdown"
                + " page; remove the file or rename it",
            summary(2));
  }

  @Test
  void aBinaryFileNamedMdIsOneFinding() throws IOException {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'
    };

    assertThat(lint(png))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:3:1: error parse-error binary content (a NUL character), not a Markdown"
                + " page; remove the file or rename it",
            summary(2));
  }

  @Test
  void invalidUtf8IsAFindingAndTheRestOfThePageIsStillChecked() throws IOException {
    byte[] page = (GOOD + "| tcp/80 | caf\u00e9 |\n").getBytes(StandardCharsets.ISO_8859_1);

    assertThat(lint(page))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:4:1: error duplicate-row Row duplicates the row at line 3; remove one of"
                + " them.",
            "b-bad.md:5:15: error parse-error not valid UTF-8 (byte "
                + (GOOD.length() + "| tcp/80 | caf".length())
                + " of the file); read with replacement characters, save the file as UTF-8",
            summary(3));
  }

  @Test
  void aByteOrderMarkDoesNotShiftColumns() throws IOException {
    assertThat(lint("\uFEFF" + GOOD))
        .containsExactly(
            GOOD_FINDING,
            "b-bad.md:4:1: error duplicate-row Row duplicates the row at line 3; remove one of"
                + " them.",
            summary(2));
  }

  @Test
  void aBadPageInBuildStillGivesASiteAndExitOne() throws IOException {
    write("- ".repeat(50_000) + "x\n");
    Path out = dir.resolve("site");

    Cli result =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> Cli.run("build", docs().toString(), "--out", out.toString()));

    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out()).contains("b-bad.md:1:129: error parse-error");
    assertThat(out.resolve("pages/a-good.html")).exists();
  }

  @Test
  void exportRefusesToWriteSpecsWhenAPageCannotBeRead() throws IOException {
    write("ab\0cd");
    Path out = Files.writeString(dir.resolve("previous.yaml"), "previous");

    Cli printed = Cli.run("export", docs().toString());
    Cli written = Cli.run("export", docs().toString(), "--out", out.toString());

    String error =
        "portdoc: "
            + docs().resolve("b-bad.md")
            + ":1:3: binary content (a NUL character), not a Markdown page; remove the file or"
            + " rename it\n";
    assertThat(printed.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(printed.out()).isEmpty();
    assertThat(printed.err()).isEqualTo(error);
    assertThat(written.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(written.err()).isEqualTo(error);
    assertThat(Files.readString(out)).isEqualTo("previous");
  }

  @Test
  void diffRefusesToCompareAPageThatCannotBeRead() throws IOException {
    write("ab\0cd");
    Path before = Files.createDirectories(dir.resolve("before"));
    Files.writeString(before.resolve("a-good.md"), GOOD);
    Files.writeString(before.resolve("b-bad.md"), GOOD);

    Cli result = Cli.run("diff", before.toString(), docs().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "portdoc: "
                + docs().resolve("b-bad.md")
                + ":1:3: binary content (a NUL character), not a Markdown page; remove the file or"
                + " rename it\n");
  }

  private List<String> lint(String badPage) throws IOException {
    return lint(badPage.getBytes(StandardCharsets.UTF_8));
  }

  /** Lints {@code a-good.md} and {@code b-bad.md} in a folder; the lines printed. */
  private List<String> lint(byte[] badPage) throws IOException {
    write(badPage);
    Cli result = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("lint", docs().toString()));
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    return new ArrayList<>(result.out().replace(docs() + "/", "").lines().toList());
  }

  private void write(String badPage) throws IOException {
    write(badPage.getBytes(StandardCharsets.UTF_8));
  }

  private void write(byte[] badPage) throws IOException {
    Files.createDirectories(docs());
    Files.writeString(docs().resolve("a-good.md"), GOOD);
    Files.write(docs().resolve("b-bad.md"), badPage);
  }

  private Path docs() {
    return dir.resolve("docs");
  }

  private static String summary(int errors) {
    return "2 file(s) checked: " + errors + " error(s), 0 warning(s), 0 info";
  }
}
