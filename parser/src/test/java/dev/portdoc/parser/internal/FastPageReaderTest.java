package dev.portdoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.Heading;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.source.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast path's contract: every page it accepts reads exactly as flexmark reads it (record
 * equality, locations included), and it declines what it is unsure of.
 */
class FastPageReaderTest {

  private static final FlexmarkPageReader FLEXMARK = new FlexmarkPageReader();

  /** The fast result, after checking it equals flexmark's when there is one. */
  private static Optional<Document> fastAndEqual(String name, String text) {
    Optional<Document> fast = FastPageReader.read(name, text);
    fast.ifPresent(
        document ->
            assertThat(document)
                .as("fast path differs from flexmark on %s:%n%s", name, text)
                .isEqualTo(FLEXMARK.read(name, text)));
    return fast;
  }

  private static List<Path> pages(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".mdx"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- differential: fixtures, the shared corpus, a generated tree ----

  @Test
  void everyFixturePageTheFastPathAcceptsReadsAsWithFlexmark() throws URISyntaxException {
    Path root = Path.of(getClass().getResource("/pages").toURI());
    int accepted = 0;
    List<Path> fixtures = pages(root);
    for (Path page : fixtures) {
      if (fastAndEqual(root.relativize(page).toString(), read(page)).isPresent()) {
        accepted++;
      }
    }
    assertThat(fixtures).hasSizeGreaterThan(5);
    // the seed page and the plain layouts are in the subset; tabs, HTML and Hugo pages are not
    assertThat(accepted).isGreaterThanOrEqualTo(2);
  }

  @Test
  void everySharedCorpusPageTheFastPathAcceptsReadsAsWithFlexmark() {
    String shared = System.getProperty("portdoc.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
    Path root = Path.of(shared, "corpus");
    int accepted = 0;
    for (Path page : pages(root)) {
      if (fastAndEqual(root.relativize(page).toString(), read(page)).isPresent()) {
        accepted++;
      }
    }
    assertThat(accepted).as("corpus pages read by the fast path").isGreaterThanOrEqualTo(8);
  }

  @Test
  void everyGeneratedPageIsAcceptedAndReadsAsWithFlexmark(@TempDir Path out)
      throws IOException, InterruptedException {
    String shared = System.getProperty("portdoc.shared");
    assumeTrue(shared != null, "no shared folder");
    Path generator = Path.of(shared, "bench/gen-corpus.py");
    assumeTrue(Files.isRegularFile(generator), "no generator");
    Process python;
    try {
      python =
          new ProcessBuilder(
                  "python3",
                  generator.toString(),
                  out.toString(),
                  "--pages",
                  "120",
                  "--seed",
                  "5",
                  "--defect-rate",
                  "0.3",
                  "--plain-ratio",
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
    int plain = 0;
    int withTables = 0;
    for (Path page : pages(out)) {
      String text = read(page);
      assertThat(fastAndEqual(page.toString(), text))
          .as("generated page %s declined: %s", page, FastPageReader.whyDeclined(text))
          .isPresent();
      if (text.contains("| Parameter |")) {
        plain++;
      }
      if (FLEXMARK.read("p.md", text).tables().size() > 0) {
        withTables++;
      }
    }
    assertThat(plain).as("plain pages with a parameter table").isGreaterThan(10);
    assertThat(withTables).as("pages with port tables").isGreaterThan(30);
  }

  // ---- seeded random pages ----

  @Test
  void randomPagesTheFastPathAcceptsReadAsWithFlexmark() {
    Random random = new Random(20261126);
    int accepted = 0;
    int clean = 0;
    int cleanAccepted = 0;
    for (int i = 0; i < 4000; i++) {
      boolean nearMisses = i % 2 == 1;
      String page = RandomPages.page(random, nearMisses);
      Optional<Document> fast = fastAndEqual("random-" + i + ".md", page);
      // what the bytes rule out is skipped, with the same result
      assertThat(
              FastPageReader.read(
                  "random-" + i + ".md", page, PageFacts.of(page.getBytes(StandardCharsets.UTF_8))))
          .isEqualTo(fast);
      if (fast.isPresent()) {
        accepted++;
        if (!nearMisses) {
          cleanAccepted++;
        }
      }
      if (!nearMisses) {
        clean++;
      }
    }
    assertThat(cleanAccepted * 100 / clean)
        .as("share of clean random pages the fast path reads, in %%")
        .isGreaterThanOrEqualTo(95);
    // the near misses must be declined often, or the generator tests nothing
    assertThat(accepted - cleanAccepted).isLessThan(clean * 8 / 10);
  }

  // ---- what it reads, exactly ----

  @Test
  void proseRunsSplitAtMarkupWithTheColumnsOfTheirText() {
    String page =
        """
        # Ports **and** `code` {#ports}

        Open **443** for *web*, see [docs](https://x.y/z) ![d](a.png) now.
           Next  line with snake_case!  \s

        - item `one` here
        """;

    Document document = fastAndEqual("p.md", page).orElseThrow();

    assertThat(document.headings())
        .containsExactly(new Heading(1, "Ports and code", new SourceLocation("p.md", 1, 1)));
    assertThat(document.prose())
        .containsExactly(
            run("Ports ", 1, 3),
            run("and", 1, 11),
            run(" {#ports}", 1, 23),
            run("Open ", 3, 1),
            run("443", 3, 8),
            run(" for ", 3, 13),
            run("web", 3, 19),
            run(", see ", 3, 23),
            run("docs", 3, 30),
            run(" now.", 3, 62),
            run("Next  line with snake_case!", 4, 4),
            run("item ", 6, 3),
            run(" here", 6, 13));
  }

  @Test
  void headingsWithoutMarkupReadFromTheBytesAsWithFlexmark() {
    String page =
        """
        # Plain heading

        ## Two  spaces , and a comma {#anchor}

        ### :::tip not an admonition

        #### Ends in a brace {x}
        """;
    PageFacts facts = PageFacts.of(page.getBytes(StandardCharsets.UTF_8));
    assertThat(facts.asciiText()).isNotNull();

    Document fromBytes = FastPageReader.read("p.md", page, facts).orElseThrow();

    assertThat(fromBytes).isEqualTo(fastAndEqual("p.md", page).orElseThrow());
    assertThat(fromBytes.headings())
        .extracting(Heading::text)
        .containsExactly(
            "Plain heading",
            "Two spaces, and a comma",
            ":::tip not an admonition",
            "Ends in a brace {x}");
    assertThat(fromBytes.prose())
        .extracting(TextRun::text)
        .doesNotContain(":::tip not an admonition");
  }

  private static TextRun run(String text, int line, int column) {
    return new TextRun(text, new SourceLocation("p.md", line, column));
  }

  @Test
  void portTablesKeepCellsLocationsAndTheEmptyCellBetweenTwoPipes() {
    String page =
        """
        ---
        title: "Ports"
        description: 'Which ports'
        ---

        ## Web

        | Port | Protocol | Description |
        | ---- | :------: | ----------- |
        | 443 | TCP ||
        |   80  |  `tcp` | **plain** HTTP |
        """;

    Document document = fastAndEqual("p.md", page).orElseThrow();

    assertThat(document.title()).contains("Ports");
    assertThat(document.description()).contains("Which ports");
    assertThat(document.tables()).hasSize(1);
    var rows = document.tables().get(0).rows();
    assertThat(rows.get(0).cells()).hasSize(3);
    assertThat(rows.get(0).cells().get(2).location()).isEqualTo(new SourceLocation("p.md", 10, 14));
    assertThat(rows.get(1).cells().get(0).location()).isEqualTo(new SourceLocation("p.md", 11, 5));
    assertThat(rows.get(1).cells().get(1).raw()).isEqualTo("`tcp`");
    assertThat(rows.get(1).cells().get(1).text()).isEqualTo("tcp");
    assertThat(rows.get(1).cells().get(2).text()).isEqualTo("plain HTTP");
    assertThat(document.tables().get(0).headingPath()).containsExactly("Web");
  }

  @Test
  void tablesWithoutAPortColumnAreLeftOutButEndWhereFlexmarkEndsThem() {
    String page =
        """
        | Parameter | Default | Description |
        | --- | --- | --- |
        | `option0` | `54` | Must be set. |

        After the table.
        """;

    Document document = fastAndEqual("p.md", page).orElseThrow();

    assertThat(document.tables()).isEmpty();
    assertThat(document.prose()).containsExactly(run("After the table.", 5, 1));
  }

  @Test
  void fencedCodeIsNeitherProseNorHeadingsUntilItsClosingFence() {
    String page =
        """
        ````yaml
        # not a heading
        ```
        | Port |
        ````

        Text.
        """;

    Document document = fastAndEqual("p.md", page).orElseThrow();

    assertThat(document.headings()).isEmpty();
    assertThat(document.prose()).containsExactly(run("Text.", 7, 1));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '¦',
      value = {
        "a\\tb¦tab outside fenced code",
        "a\\r\\nb¦control character, CR, BOM or unusual space",
        "a\u00A0b¦control character, CR, BOM or unusual space",
        "<table><tr><td>1</td></tr></table>¦HTML table",
        "'    code'¦indented line (indented code or list item content)",
        "- a\\n\\n  more¦indented line (indented code or list item content)",
        "Para\\n| Port |\\n| --- |¦table not after a blank line or heading, or indented",
        "> quote¦block quote, HTML or setext underline",
        "Title\\n===¦block quote, HTML or setext underline",
        "Title\\n---¦thematic break or setext underline",
        "***¦thematic break or setext underline",
        "Para\\n- item¦list item interrupting a paragraph, or nested",
        "---\\ntitle: a\\n--- x¦odd front matter closing line",
        "---\\nnot a key\\n---¦front matter line that is not a key",
        "---\\ntitle: |\\n  a\\n---¦a literal or folded block",
        "---\\ntitle:\\n  - a\\n---¦a nested or multi-line value of a key the document keeps",
        "---\\ntitle: a¦never closed: flexmark reads the whole page as front matter",
        "----\\n¦front matter opened by more than '---'",
        "- # heading¦list item starting with another block",
        "-  wide¦empty, or wider content indentation",
        "-¦thematic break or setext underline",
        "| Port |\\n| -- |¦a paragraph with pipes in it",
        "| Port |¦table header not in pipes, or last line",
        "| Port |\\n| --- |\\n| 1 \\| 2 |¦escape in a table cell",
        "| Port |\\n| --- |\\n| `1 | 2 |¦unclosed code span in a table cell",
        "| Port |\\n| --- |\\n| 1\\nafter¦rows must sit in pipes: where else the table ends is flexmark's call",
        "| Name |\\n| --- |\\n| a `|` b |¦pipe in a code span in a table row",
        "Use `code¦unclosed code span",
        "a**b**¦emphasis delimiter run not at a word start",
        "** b**¦emphasis opener before a space",
        "**b¦emphasis without a matching closer",
        "**b**c¦emphasis closer not at a word end",
        "*a `b` c*¦markup inside emphasis",
        "_em_¦only snake_case, where '_' can neither open nor close",
        "[ref]¦bracket that is not a plain inline link",
        "[a](b c)¦link target with spaces, brackets or escapes",
        "[*a*](b)¦markup in link text",
        "[a]: https://x¦maybe a link reference definition",
        "a \\* b¦escape, entity or HTML",
        "a &amp; b¦escape, entity or HTML",
        "a <br> b¦escape, entity or HTML",
        "a | b¦a pipe in prose may make a table out of the paragraph",
        "```\\ncode¦never closed: runs to the end of the page",
        "``` a`b\\n```¦a backtick in the info string: not a fence but inline code",
        "## Head ##¦empty, or a closing sequence",
        "#tag¦heading marker without a space after it, or too many #",
      })
  void declinesWhatItDoesNotReadExactly(String page, String reason) {
    String text = page.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r");
    assertThat(FastPageReader.whyDeclined(text)).isEqualTo(reason);
    assertThat(FastPageReader.read("p.md", text)).isEmpty();
  }

  @Test
  void manyLinesStartingWithABracketStayLinear() {
    String page = "[link](https://x.y) text\n\n".repeat(50_000);

    Document document =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> FastPageReader.read("p.md", page).orElseThrow());

    assertThat(document.prose()).hasSize(100_000);
  }

  @Test
  void readsThePlainSubsetWithoutDeclining() {
    String page =
        """
        ---
        title: Guide
        tags:
          - a
        sidebar:
          label: x
        ---

        ## Section

        Text with `code` and **bold**.

        - one
        - two
        lazy line

        1. first
        2) second

        ```yaml
        key: value
        ```
        """;

    assertThat(FastPageReader.whyDeclined(page)).isNull();
    assertThat(fastAndEqual("p.md", page)).isPresent();
  }

  /** Pages made of the constructs the fast path reads, and of near misses of them. */
  static final class RandomPages {

    private static final String[] WORDS = {
      "port",
      "the",
      "Open",
      "traffic",
      "443",
      "node",
      "API",
      "snake_case",
      "a",
      "(see)",
      "it!",
      "x]",
      "2024",
      "{#id}",
      "~~",
      "{x}",
      "é",
      "—",
      "ok.",
      "3.5",
      "a-b",
      "C++",
      "$HOME",
      "50%"
    };

    /** Words that change a line's meaning at its start: near misses only. */
    private static final String[] LINE_START_WORDS = {"-", "1.", ":::", "+", "#", "=", "~~~"};

    private static final String[] NEAR_MISSES = {
      "\t", "\\*", "&amp;", "<b>", "_", "*", "**", "`", "[", "]", "![", "|", "\\", "  ", "#"
    };

    private RandomPages() {}

    static String page(Random random, boolean nearMisses) {
      StringBuilder page = new StringBuilder();
      if (random.nextInt(3) == 0) {
        frontMatter(random, page, nearMisses);
      }
      int blocks = 1 + random.nextInt(8);
      for (int b = 0; b < blocks; b++) {
        switch (random.nextInt(nearMisses ? 9 : 6)) {
          case 0 -> heading(random, page, nearMisses);
          case 1 -> paragraph(random, page, nearMisses);
          case 2 -> list(random, page, nearMisses);
          case 3 -> fence(random, page, nearMisses);
          case 4, 5 -> table(random, page, nearMisses);
          case 6 ->
              page.append(
                  pick(
                      random,
                      "Title\n===\n",
                      "Title\n---\n",
                      "> quote\n",
                      "    indented code\n",
                      "***\n",
                      "[ref]: https://example.com\n",
                      "<div>\n",
                      "- a\n  - nested\n",
                      "Para\n2. not a list\n",
                      "Para\n| Port |\n| --- |\n| 1 |\n"));
          case 7 -> page.append(pick(random, "<Tabs>\n", "<TabItem value=\"a\">\n", ":::info\n"));
          default -> page.append(pick(random, "#tag\n", "## Head ##\n", "- \n", "-\n", "1.\n"));
        }
        // mostly a blank line between blocks; with near misses sometimes none: blocks then touch
        int gap = random.nextInt(10);
        if (gap < 8 || !nearMisses) {
          page.append(gap == 0 ? "   \n" : "\n");
        }
      }
      return random.nextInt(10) == 0 ? page.toString().strip() : page.toString();
    }

    private static void frontMatter(Random random, StringBuilder page, boolean nearMisses) {
      page.append("---\n");
      String[] keys = {"title", "description", "page_title", "sidebar_position", "tags", "slug"};
      for (int i = random.nextInt(4); i >= 0; i--) {
        String key = keys[random.nextInt(keys.length)];
        if (key.equals("tags")) {
          page.append("tags:\n  - a\n  - b\n");
          continue;
        }
        String value = words(random, 1 + random.nextInt(3), false);
        page.append(key).append(':').append(random.nextBoolean() ? " " : "  ");
        switch (random.nextInt(4)) {
          case 0 -> page.append('"').append(value).append('"');
          case 1 -> page.append('\'').append(value).append('\'');
          case 2 -> page.append(value).append("  ");
          default -> page.append(value);
        }
        page.append('\n');
      }
      if (nearMisses && random.nextInt(3) == 0) {
        page.append(pick(random, "  title: nested\n", "description: >\n  folded\n", "loose\n"));
      }
      page.append(nearMisses && random.nextInt(5) == 0 ? "" : "---\n");
    }

    private static void heading(Random random, StringBuilder page, boolean nearMisses) {
      page.append(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(4) : 0))
          .append("#".repeat(1 + random.nextInt(6)))
          .append(" ".repeat(1 + random.nextInt(2)))
          .append(inline(random, 1 + random.nextInt(5), nearMisses));
      if (random.nextInt(4) == 0) {
        page.append(pick(random, " {#anchor}", "{#a-b}", " {#a b}", "  "));
      }
      page.append('\n');
    }

    private static void paragraph(Random random, StringBuilder page, boolean nearMisses) {
      for (int i = random.nextInt(3); i >= 0; i--) {
        page.append(" ".repeat(random.nextInt(5) == 0 ? random.nextInt(4) : 0))
            .append(inline(random, 1 + random.nextInt(10), nearMisses))
            .append(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(4) : 0))
            .append('\n');
      }
    }

    private static void list(Random random, StringBuilder page, boolean nearMisses) {
      String marker = pick(random, "- ", "* ", "+ ", "1. ", "3) ");
      for (int i = random.nextInt(3); i >= 0; i--) {
        page.append(marker).append(inline(random, 1 + random.nextInt(6), nearMisses)).append('\n');
        if (random.nextInt(6) == 0) {
          page.append(inline(random, 2, nearMisses)).append('\n'); // lazy continuation
        }
      }
    }

    private static void fence(Random random, StringBuilder page, boolean nearMisses) {
      String fence = pick(random, "```", "~~~", "````");
      page.append(fence).append(pick(random, "", "yaml", " go")).append('\n');
      for (int i = random.nextInt(3); i >= 0; i--) {
        page.append(pick(random, "# not a heading", "| Port |", "\tkey: value", "```x", ""))
            .append('\n');
      }
      if (!(nearMisses && random.nextInt(4) == 0)) {
        page.append(fence).append(random.nextBoolean() ? "" : fence.substring(0, 1)).append('\n');
      }
    }

    private static void table(Random random, StringBuilder page, boolean nearMisses) {
      String[][] headers = {
        {"Port", "Protocol", "Description"},
        {"**Port**", "Direction", "Purpose"},
        {"Protocol", "Direction", "Port Range", "Purpose", "Used By"},
        {"Parameter", "Default", "Description"},
        {"Service", "Broker port"}
      };
      String[] header = headers[random.nextInt(headers.length)];
      row(random, page, header, nearMisses);
      page.append('|');
      for (String ignored : header) {
        page.append(
                nearMisses && random.nextInt(8) == 0
                    ? pick(random, " - ", "--", ":-", " -: ", "")
                    : pick(random, " --- ", ":---", " :-: ", "---:", "-----------", ":--"))
            .append('|');
      }
      page.append('\n');
      for (int r = random.nextInt(5); r >= 0; r--) {
        String[] cells = new String[header.length + (random.nextInt(8) == 0 ? 1 : 0)];
        for (int c = 0; c < cells.length; c++) {
          cells[c] =
              pick(
                  random,
                  "443",
                  "tcp/443",
                  "HTTPS (tcp/443)",
                  "`8080`",
                  "**INBOUND**",
                  "Outbound",
                  "TCP",
                  "",
                  "2379-2380",
                  "Metrics scraping",
                  "`a` and `b`",
                  "[docs](https://x.y)",
                  "*note*",
                  "80, 443");
        }
        row(random, page, cells, nearMisses);
      }
    }

    private static void row(Random random, StringBuilder page, String[] cells, boolean nearMisses) {
      page.append('|');
      for (String cell : cells) {
        int spaces = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(3);
        page.append(" ".repeat(spaces)).append(cell).append(" ".repeat(spaces));
        page.append(random.nextInt(15) == 0 ? "||" : "|");
      }
      if (nearMisses && random.nextInt(4) == 0) {
        page.append(pick(random, " x", "   ", " `a|b` |", "\\|"));
      }
      page.append('\n');
    }

    private static String inline(Random random, int words, boolean nearMisses) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          text.append(random.nextInt(8) == 0 ? "  " : " ");
        }
        switch (random.nextInt(12)) {
          case 0 -> text.append('`').append(word(random)).append('`');
          case 1 -> text.append("**").append(words(random, 2, false)).append("**");
          case 2 -> text.append('*').append(word(random)).append('*');
          case 3 -> text.append('[').append(words(random, 2, false)).append("](https://x.y/a)");
          case 4 -> text.append("![").append(word(random)).append("](img.png)");
          case 5 ->
              text.append(
                  nearMisses
                      ? NEAR_MISSES[random.nextInt(NEAR_MISSES.length)] + word(random)
                      : word(random));
          case 6 ->
              text.append(
                  nearMisses
                      ? LINE_START_WORDS[random.nextInt(LINE_START_WORDS.length)]
                      : word(random));
          default -> text.append(word(random));
        }
        if (random.nextInt(10) == 0) {
          text.append(pick(random, ".", ",", ":", "!", "?"));
        }
      }
      return text.toString();
    }

    private static String words(Random random, int count, boolean nearMisses) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        text.append(i > 0 ? " " : "").append(word(random));
      }
      return text.toString();
    }

    private static String word(Random random) {
      String word = WORDS[random.nextInt(WORDS.length)];
      // markup inside emphasis or links is declined; keep the clean constructs clean
      return word.equals("x]") || word.equals("it!") ? "it" : word;
    }

    private static String pick(Random random, String... choices) {
      return choices[random.nextInt(choices.length)];
    }
  }
}
