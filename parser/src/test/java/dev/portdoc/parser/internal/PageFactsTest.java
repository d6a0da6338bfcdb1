package dev.portdoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte pass against what the decoded text holds, found the slow way: every answer must be exact
 * where it says "certainly not", on seeded random byte pages full of near misses.
 */
class PageFactsTest {

  /** Pieces of pages: markup, the things looked for, near misses of them and broken UTF-8. */
  private static final String[] PIECES = {
    "word ",
    "Open ",
    "port",
    "portdoc",
    "portdoc-",
    "portdoc-disable",
    "portdo-",
    "-",
    "<",
    "<!-- ",
    "|",
    "| a |",
    "||||||||||",
    "> ",
    ">",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "12) ",
    "  ",
    "\t",
    ".",
    ")",
    "\n",
    "\n",
    "\r",
    "\r\n",
    "\0",
    "\u0001",
    "\u007F",
    "é",
    "—",
    "\u00A0",
    "\uFEFF",
    "𝄞"
  };

  private static final byte[][] BROKEN = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80}};

  static byte[] randomPage(Random random) {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    if (random.nextInt(8) == 0) {
      page.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
    }
    // mostly one kind of page: plain ASCII prose, or one of the rarer things
    int rare = random.nextInt(4);
    for (int p = random.nextInt(120); p > 0; p--) {
      if (rare == 0 && random.nextInt(30) == 0) {
        page.writeBytes(BROKEN[random.nextInt(BROKEN.length)]);
        continue;
      }
      String piece = PIECES[random.nextInt(rare == 1 ? 25 : PIECES.length)];
      if (random.nextInt(40) == 0) {
        piece = piece.repeat(70); // past the nesting and cell limits the guards care about
      }
      page.writeBytes(piece.getBytes(StandardCharsets.UTF_8));
    }
    return page.toByteArray();
  }

  @Test
  void everyAnswerAgreesWithTheDecodedText() {
    Random random = new Random(1126);
    int ascii = 0;
    int directives = 0;
    int deep = 0;
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = randomPage(random);
      String decoded = new String(bytes, StandardCharsets.UTF_8);
      String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;

      PageFacts facts = PageFacts.of(bytes);

      boolean allAscii = true;
      for (byte b : bytes) {
        allAscii &= b >= 0;
      }
      String why = text.replace("\n", "\\n").replace("\r", "\\r");
      assertThat(facts.ascii()).as("ascii: %s", why).isEqualTo(allAscii);
      if (facts.ascii()) {
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).isEqualTo(text);
      }
      assertThat(facts.plain()).as("plain: %s", why).isEqualTo(allAscii && noControls(text));
      assertThat(facts.mayHaveNul()).as("nul: %s", why).isEqualTo(text.indexOf('\0') >= 0);
      assertThat(facts.mayHaveTab()).as("tab: %s", why).isEqualTo(text.indexOf('\t') >= 0);
      assertThat(facts.mayHaveLessThan()).isEqualTo(text.indexOf('<') >= 0);
      assertThat(facts.mayHaveDirective())
          .as("directive: %s", why)
          .isEqualTo(text.contains("portdoc-"));
      if (text.indexOf('\r') >= 0) {
        assertThat(facts.longestMarkerPrefix()).isEqualTo(Integer.MAX_VALUE);
        assertThat(facts.mostPipesOnALine()).isEqualTo(Integer.MAX_VALUE);
      } else {
        assertThat(facts.longestMarkerPrefix())
            .as("marker prefix: %s", why)
            .isEqualTo(longestMarkerPrefix(text));
        assertThat(facts.mostPipesOnALine()).as("pipes: %s", why).isEqualTo(mostPipes(text));
      }
      ascii += allAscii ? 1 : 0;
      directives += facts.mayHaveDirective() ? 1 : 0;
      deep += facts.longestMarkerPrefix() > 64 && facts.longestMarkerPrefix() < 1000 ? 1 : 0;
    }
    // every answer goes both ways often enough for the comparison to mean something
    assertThat(ascii).isBetween(2000, 18_000);
    assertThat(directives).isBetween(2000, 18_000);
    assertThat(deep).isGreaterThan(200);
  }

  /** Line starts the mask acts on, and near misses of them. */
  private static final String[] LINE_STARTS = {
    "",
    "  ",
    "\t",
    " \t ",
    "- ",
    "> ",
    "<Tabs>",
    "</TabItem>",
    "<TabItem label=\"A\">",
    "<summary>x</summary>",
    "<b>bold</b> text",
    "< not a tag",
    ":::info",
    "::",
    "{/* note",
    "*/}",
    "{{< warning >}}",
    "{: caption=\"c\"}",
    "{x}",
    "import X from 'y';",
    "import './a.css';",
    "imports",
    "export const a = 1;",
    "exports",
    "each",
    "in",
    "Import",
    "```",
    "~~~",
    "---",
    "...",
    "- <b>",
    "text <b>",
    "é <x>"
  };

  private static String randomLines(Random random) {
    StringBuilder page = new StringBuilder();
    if (random.nextInt(4) == 0) {
      page.append("---\n");
    }
    for (int line = random.nextInt(30); line > 0; line--) {
      String start = LINE_STARTS[random.nextInt(LINE_STARTS.length)];
      // most lines plain: otherwise nearly every page would have a line the mask acts on
      if (random.nextInt(3) > 0 && !start.isBlank()) {
        start = random.nextBoolean() ? "Text" : "| a |";
      }
      page.append(start);
      if (random.nextBoolean()) {
        page.append(LINE_STARTS[random.nextInt(LINE_STARTS.length)]);
      }
      page.append(random.nextInt(6) == 0 ? "" : "\n");
    }
    return page.toString();
  }

  @Test
  void aPageWithoutForeignLinesIsItsOwnMaskWithTheSameLineEnds() {
    Random random = new Random(1127);
    int unmasked = 0;
    int ascii = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = randomLines(random);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

      PageFacts facts = PageFacts.of(bytes);
      PageMask mask = PageMask.of(text);

      String why = text.replace("\n", "\\n");
      assertThat(facts.mayHaveForeignLine()).as("foreign: %s", why).isEqualTo(foreignLine(text));
      if (facts.ascii()) {
        ascii++;
        assertThat(facts.asciiText()).isSameAs(bytes);
        assertThat(facts.lineEnds()).as("line ends: %s", why).isEqualTo(mask.lineEnds());
      } else {
        assertThat(facts.asciiText()).isNull();
        assertThat(facts.lineEnds()).isNull();
      }
      if (!facts.mayHaveForeignLine()) {
        unmasked++;
        assertThat(mask.text()).as("mask: %s", why).isEqualTo(text);
        for (int line = 1; line <= mask.lineEnds().length; line++) {
          assertThat(mask.tabAt(line)).isNull();
        }
      }
    }
    assertThat(unmasked).isBetween(2000, 18_000);
    assertThat(ascii).isBetween(2000, 19_000);
  }

  /** A line whose first character after spaces and tabs is one of {@code <:{ie}. */
  private static boolean foreignLine(String text) {
    for (String line : text.split("\n", -1)) {
      String rest = line.replaceFirst("^[ \t]*", "");
      if (!rest.isEmpty() && "<:{ie".indexOf(rest.charAt(0)) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aByteOrderMarkIsNoPartOfTheFirstLineNorOfAnAsciiText() {
    byte[] bytes = "\uFEFF> > > x\n|a|b|\n".getBytes(StandardCharsets.UTF_8);

    PageFacts facts = PageFacts.of(bytes);

    assertThat(facts.ascii()).isFalse();
    assertThat(facts.longestMarkerPrefix()).isEqualTo(6);
    assertThat(facts.mostPipesOnALine()).isEqualTo(3);
  }

  private static boolean noControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && c != '\n' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static int longestMarkerPrefix(String text) {
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      int i = 0;
      while (i < line.length() && " \t>-*+.)0123456789".indexOf(line.charAt(i)) >= 0) {
        i++;
      }
      longest = Math.max(longest, i);
    }
    return longest;
  }

  private static int mostPipes(String text) {
    int most = 0;
    for (String line : text.split("\n", -1)) {
      most = Math.max(most, (int) line.chars().filter(c -> c == '|').count());
    }
    return most;
  }
}
