package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.parser.internal.PageFacts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class GuardedPageParserTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private static final String PAGE =
      """
      | Port | Purpose |
      |---|---|
      | tcp/443 | API |
      """;

  private final GuardedPageParser guarded = GuardedPageParser.create();

  @Test
  void aPlainPageParsesWithoutFindings() {
    GuardedPageParser.Result result = guarded.parse("a.md", bytes(PAGE));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.document()).isEqualTo(PageParser.create().parse("a.md", PAGE));
  }

  @Test
  void aParseThatIgnoresInterruptionIsAbandonedAtTheBudget() {
    CountDownLatch never = new CountDownLatch(1);
    GuardedPageParser spinning =
        new GuardedPageParser(
            (path, text) -> {
              while (never.getCount() > 0) {
                Thread.onSpinWait(); // ignores interruption, as flexmark does
              }
              return null;
            },
            Duration.ofMillis(200),
            1);

    GuardedPageParser.Result first =
        assertTimeoutPreemptively(HANG_GUARD, () -> spinning.parse("slow.md", bytes("x")));
    // the abandoned thread does not hold the only slot
    GuardedPageParser.Result second =
        assertTimeoutPreemptively(HANG_GUARD, () -> spinning.parse("slow2.md", bytes("x")));
    never.countDown();

    assertThat(first.diagnostics())
        .singleElement()
        .hasToString(
            "slow.md:1:1: error parse-error parsing took longer than 200 ms and was stopped; the page"
                + " is too large or too deeply nested");
    assertThat(first.document().tables()).isEmpty();
    assertThat(second.diagnostics())
        .singleElement()
        .extracting(Diagnostic::ruleId)
        .isEqualTo("parse-error");
  }

  @Test
  void aStackOverflowBecomesAFinding() {
    GuardedPageParser overflowing =
        new GuardedPageParser(
            (path, text) -> {
              throw new StackOverflowError();
            },
            HANG_GUARD,
            1);

    assertThat(overflowing.parse("deep.md", bytes("x")).diagnostics())
        .singleElement()
        .hasToString(
            "deep.md:1:1: error parse-error the page nests too deeply to parse (stack overflow);"
                + " flatten its lists, quotes or emphasis");
  }

  @Test
  void aParserExceptionBecomesAFindingWithItsFirstLine() {
    GuardedPageParser failing =
        new GuardedPageParser(
            (path, text) -> {
              throw new StringIndexOutOfBoundsException("startIndex: -4\nmore");
            },
            HANG_GUARD,
            1);

    assertThat(failing.parse("bad.md", bytes("x")).diagnostics())
        .singleElement()
        .hasToString(
            "bad.md:1:1: error parse-error the Markdown parser failed on this page"
                + " (StringIndexOutOfBoundsException: startIndex: -4); please report it with the"
                + " page");
  }

  @Test
  void flexmarksTabIndentedSeparatorBugIsAFindingNotACrash() {
    // found by PageParserFuzzTest: flexmark-ext-tables 0.64.8 throws on this input
    List<Diagnostic> found = guarded.parse("tab.md", bytes("|\n\t---|")).diagnostics();

    assertThat(found).singleElement().extracting(Diagnostic::ruleId).isEqualTo("parse-error");
    assertThat(found.get(0).message()).startsWith("the Markdown parser failed on this page");
  }

  @Test
  void invalidUtf8IsAFindingAtItsLineAndThePageIsStillRead() {
    byte[] page = bytes(PAGE + "| tcp/80 | caf\u00e9 |\n");
    int bad = indexOf(page, (byte) 0xC3);
    page[bad] = (byte) 0xFF;

    GuardedPageParser.Result result = guarded.parse("latin.md", page);

    assertThat(result.diagnostics())
        .singleElement()
        .hasToString(
            "latin.md:4:15: error parse-error not valid UTF-8 (byte "
                + bad
                + " of the file); read with replacement characters, save the file as UTF-8");
    assertThat(result.document().tables().get(0).rows()).hasSize(2);
    assertThat(result.document().tables().get(0).rows().get(1).cells().get(1).text())
        .isEqualTo("caf\uFFFD\uFFFD");
  }

  @Test
  void aByteOrderMarkIsDroppedAndColumnsStayRight() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] page = concat(bom, bytes(PAGE));

    GuardedPageParser.Result result = guarded.parse("bom.md", page);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.document()).isEqualTo(PageParser.create().parse("bom.md", PAGE));
    assertThat(result.document().tables().get(0).columns().get(0).location().column()).isEqualTo(3);
  }

  @Test
  void aNulByteMarksBinaryContentAtItsLine() {
    GuardedPageParser.Result result = guarded.parse("img.md", bytes("# Title\r\nab\0cd"));

    assertThat(result.diagnostics())
        .singleElement()
        .hasToString(
            "img.md:2:3: error parse-error binary content (a NUL character), not a Markdown page;"
                + " remove the file or rename it");
    assertThat(result.document().headings()).isEmpty();
  }

  @Test
  void nestingBeyondTheLimitIsRefusedAtItsLineAndColumn() {
    String deep = "- ".repeat(GuardedPageParser.MAX_NESTING) + "> x\n";
    GuardedPageParser.Result result = guarded.parse("deep.md", bytes(PAGE + deep));

    assertThat(result.diagnostics())
        .singleElement()
        .hasToString(
            "deep.md:4:"
                + (2 * GuardedPageParser.MAX_NESTING + 1)
                + ": error parse-error more than 64 nested block quotes or list items on one line;"
                + " flatten the structure");
  }

  @Test
  void nestingAtTheLimitIsParsed() {
    String deep = "> ".repeat(GuardedPageParser.MAX_NESTING) + "x\n";

    assertThat(guarded.parse("deep.md", bytes(PAGE + deep)).diagnostics()).isEmpty();
  }

  @Test
  void thematicBreaksAndNumbersAreNotNesting() {
    String page = "- - - -\n\n1.5 and 2) - x\n" + "-".repeat(500) + "\n";

    assertThat(GuardedPageParser.nestingBeyondLimit("p.md", page)).isEmpty();
  }

  @Test
  void unclosedFrontMatterIsAFindingAtLineOne() {
    String page = "---\ntitle: Ports\n\n" + PAGE;

    GuardedPageParser.Result result = guarded.parse("fm.md", bytes(page));

    assertThat(result.diagnostics())
        .singleElement()
        .hasToString(
            "fm.md:1:1: error parse-error front matter opened here is never closed by a '---'"
                + " line, so the rest of the page cannot be read; close it or remove this line");
  }

  @Test
  void closedFrontMatterIsFine() {
    String page = "---\ntitle: Ports\n...\n\n" + PAGE;

    assertThat(guarded.parse("fm.md", bytes(page)).diagnostics()).isEmpty();
  }

  @Test
  void locationsCountCrLfCrAndLfAsOneLineEndEach() {
    String text = "a\r\nb\rc\nd";

    assertThat(GuardedPageParser.locate("f", text, text.indexOf('d'))).hasToString("f:4:1");
    assertThat(GuardedPageParser.locate("f", text, text.indexOf('c'))).hasToString("f:3:1");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no such byte");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /**
   * The byte pass only skips scans that cannot find anything: the result with it equals the result
   * of running every scan ({@link PageFacts#UNKNOWN}), on seeded random pages of real constructs,
   * the rare things the scans look for, and near misses of them.
   */
  @Test
  void skippingScansByWhatTheBytesHoldChangesNoResult() {
    String[] lines = {
      "# Ports",
      "Open the ports below.",
      "| Port | Protocol | Purpose |",
      "| --- | --- | --- |",
      "| 443 | TCP | API |",
      "| 443 | TCP | API |",
      "| 80 | tcp | web |",
      "",
      "",
      "- item",
      "> quote",
      "> ".repeat(GuardedPageParser.MAX_NESTING) + "x",
      "> ".repeat(GuardedPageParser.MAX_NESTING - 1) + "- x",
      "-".repeat(80),
      "|".repeat(GuardedPageParser.MAX_CELLS + 1),
      "|".repeat(GuardedPageParser.MAX_CELLS),
      "<!-- portdoc-disable-next-line duplicate-row -->",
      "{/* portdoc-disable */}",
      "portdoc-enable",
      "<table><tr><th>Port</th></tr><tr><td>22</td></tr></table>",
      "<TabItem value=\"a\">",
      "---",
      "title: Ports",
      "```",
      "caf\u00E9 \u2014 \u00A0 x",
      "a\u0000b",
      "tab\there",
    };
    String[] breaks = {"\n", "\n", "\n", "\r\n", "\r"};
    Random random = new Random(26);
    int findings = 0;
    for (int n = 0; n < 600; n++) {
      StringBuilder page = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "");
      String lineBreak = random.nextInt(5) == 0 ? breaks[random.nextInt(breaks.length)] : "\n";
      for (int l = random.nextInt(14); l >= 0; l--) {
        page.append(lines[random.nextInt(lines.length)]).append(lineBreak);
      }
      byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(10) == 0) {
        bytes[random.nextInt(bytes.length)] = (byte) 0xFF; // not UTF-8
      }

      GuardedPageParser.Result skipping = guarded.parse("p.md", bytes);
      GuardedPageParser.Result scanningAll = guarded.parse("p.md", bytes, PageFacts.UNKNOWN);

      assertThat(skipping).as("%s", page).isEqualTo(scanningAll);
      findings += skipping.diagnostics().isEmpty() ? 0 : 1;
    }
    assertThat(findings).isBetween(60, 540);
  }

  /**
   * The limit scanners jump from line start to line start and from pipe to pipe; the one-character
   * loops they replaced are the reference, on seeded random pages near both limits.
   */
  @Test
  void limitScannersFindWhatACharacterByCharacterScanFinds() {
    Random random = new Random(8);
    String[] markers = {"> ", ">", "- ", "* ", "+\t", "1. ", "12) ", "  ", "-", "x", "1.x"};
    String[] breaks = {"\n", "\r\n", "\r"};
    int nestingFound = 0;
    int cellsFound = 0;
    for (int i = 0; i < 2000; i++) {
      StringBuilder page = new StringBuilder();
      boolean pipes = random.nextBoolean();
      int length = pipes ? 900 + random.nextInt(300) : random.nextInt(400);
      for (int p = 0; p < length; p++) {
        if (random.nextInt(pipes ? 1500 : 200) == 0) {
          page.append(breaks[random.nextInt(breaks.length)]);
        } else if (pipes) {
          page.append(random.nextInt(20) == 0 ? "a" : "|");
        } else {
          page.append(markers[random.nextInt(random.nextInt(10) == 0 ? markers.length : 7)]);
        }
      }
      String text = page.toString();
      Optional<Diagnostic> nesting = GuardedPageParser.nestingBeyondLimit("p.md", text);
      Optional<Diagnostic> cells = GuardedPageParser.cellsBeyondLimit("p.md", text);
      assertThat(nesting).as("nesting in %s", text).isEqualTo(referenceNesting(text));
      assertThat(cells).as("cells in %s", text).isEqualTo(referenceCells(text));
      nestingFound += nesting.isPresent() ? 1 : 0;
      cellsFound += cells.isPresent() ? 1 : 0;
    }
    // both limits are hit often enough for the comparison to mean something
    assertThat(nestingFound).isGreaterThan(50);
    assertThat(cellsFound).isGreaterThan(50);
  }

  private static Optional<Diagnostic> referenceNesting(String text) {
    int depth = 0;
    boolean atLineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        depth = 0;
        atLineStart = true;
        continue;
      }
      if (!atLineStart || c == ' ' || c == '\t') {
        continue;
      }
      int marker = referenceMarker(text, i);
      if (marker == 0) {
        atLineStart = false;
        continue;
      }
      if (++depth > GuardedPageParser.MAX_NESTING) {
        return Optional.of(
            Diagnostic.of(
                GuardedPageParser.RULE_ID,
                Severity.ERROR,
                "more than "
                    + GuardedPageParser.MAX_NESTING
                    + " nested block quotes or list items on one line; flatten the structure",
                GuardedPageParser.locate("p.md", text, i)));
      }
      i += marker - 1;
    }
    return Optional.empty();
  }

  private static int referenceMarker(String text, int i) {
    char c = text.charAt(i);
    if (c == '>') {
      return 1;
    }
    int end = i;
    if (c == '-' || c == '*' || c == '+') {
      end = i + 1;
    } else {
      while (end < text.length() && end - i < 9 && Character.isDigit(text.charAt(end))) {
        end++;
      }
      if (end == i || end >= text.length() || text.charAt(end) != '.' && text.charAt(end) != ')') {
        return 0;
      }
      end++;
    }
    boolean space = end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t');
    return space ? end - i + 1 : 0;
  }

  private static Optional<Diagnostic> referenceCells(String text) {
    int pipes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        pipes = 0;
      } else if (c == '|' && ++pipes > GuardedPageParser.MAX_CELLS) {
        return Optional.of(
            Diagnostic.of(
                GuardedPageParser.RULE_ID,
                Severity.ERROR,
                "more than "
                    + GuardedPageParser.MAX_CELLS
                    + " table cells on one line; split the table",
                GuardedPageParser.locate("p.md", text, i)));
      }
    }
    return Optional.empty();
  }
}
