package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written scanners against the regular expressions they replaced. */
class ProseScannerTest {

  private static final Pattern CHUNK = Pattern.compile("\\S+");
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?(?:-[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?)*");
  private static final Pattern NOT_PROSE =
      Pattern.compile(
          "://|^www\\.|[@\\\\_=${}<>|#]|[\\p{L}\\p{N}]\\.[\\p{L}\\p{N}]|^[/~]|^\\.\\.?/|/.*/");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SERVICE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Pieces that stress the patterns: every special character, spaces, Unicode beyond ASCII. */
  private static final String[] PIECES = {
    "a",
    "Z",
    "port",
    "HTTPS",
    "don't",
    "can’t",
    "'",
    "’",
    "-",
    "--",
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\u000B",
    "\f",
    "\u001C",
    "\u2003",
    "\u00A0",
    "\u0085",
    "\u2028",
    "\u2029",
    "9",
    "443",
    ".",
    "..",
    "/",
    "~",
    ":",
    "://",
    "www.",
    "./",
    "../",
    "@",
    "\\",
    "_",
    "=",
    "$",
    "{",
    "}",
    "<",
    ">",
    "|",
    "#",
    "é",
    "ß",
    "İ",
    "Σ",
    "ΟΔΟΣ",
    "ς",
    "Ж",
    "中",
    "\uD835\uDC9C",
    "\uD83D\uDE00",
    "\uD835",
    "\uDC9C",
    "\u0301",
    "Ⅻ",
    "½",
    "٣",
    "ǅ",
    "ʰ",
    "K8s",
    "self-hosted",
    "(",
    ")",
    ",",
    "x.y"
  };

  private static String randomText(Random random, int maxPieces) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(maxPieces);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /** Chunks and their words as the spelling check used to find them: "start:word". */
  private static List<String> byPatterns(String text) {
    List<String> found = new ArrayList<>();
    Matcher chunk = CHUNK.matcher(text);
    while (chunk.find()) {
      if (NOT_PROSE.matcher(chunk.group()).find()) {
        found.add(chunk.start() + ":not prose");
        continue;
      }
      Matcher word = WORD.matcher(chunk.group());
      while (word.find()) {
        found.add((chunk.start() + word.start()) + ":" + word.group());
      }
    }
    return found;
  }

  private static List<String> byScanners(String text) {
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (ProseScanner.isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      // one pass for the chunk's end and whether it is prose, as the spelling check scans
      int end = ProseScanner.proseChunk(text, i);
      if (end < 0) {
        end = -end - 1;
        assertThat(ProseScanner.isNotProse(text, i, end)).isTrue();
        assertThat(end).isEqualTo(ProseScanner.chunkEnd(text, i));
        found.add(i + ":not prose");
      } else {
        assertThat(end).isEqualTo(ProseScanner.chunkEnd(text, i));
        int w = i;
        while (w < end) {
          int wordEnd = ProseScanner.wordEnd(text, w, end);
          if (wordEnd < 0) {
            w += Character.charCount(text.codePointAt(w));
          } else {
            found.add(w + ":" + text.substring(w, wordEnd));
            w = wordEnd;
          }
        }
      }
      i = end;
    }
    return found;
  }

  @Test
  void chunksNotProseAndWordsMatchThePatternsOnGeneratedText() {
    Random random = new Random(8);
    for (int i = 0; i < 200_000; i++) {
      String text = randomText(random, 14);
      assertThat(byScanners(text)).as("%s", text).isEqualTo(byPatterns(text));
    }
  }

  @Test
  void notProseMatchesThePatternOnGeneratedChunks() {
    Random random = new Random(9);
    for (int i = 0; i < 200_000; i++) {
      String chunk = randomText(random, 8);
      assertThat(ProseScanner.isNotProse(chunk))
          .as("%s", chunk)
          .isEqualTo(NOT_PROSE.matcher(chunk).find());
    }
  }

  @Test
  void notProseCatchesUrlsPathsMarkupAndDottedNames() {
    assertThat(ProseScanner.isNotProse("https://example.com")).isTrue();
    assertThat(ProseScanner.isNotProse("www.example")).isTrue();
    assertThat(ProseScanner.isNotProse("/etc/hosts")).isTrue();
    assertThat(ProseScanner.isNotProse("a/b/c")).isTrue();
    assertThat(ProseScanner.isNotProse("../up")).isTrue();
    assertThat(ProseScanner.isNotProse("kube.config")).isTrue();
    assertThat(ProseScanner.isNotProse("a/b\u2028/c")).isFalse();
    assertThat(ProseScanner.isNotProse("TCP/UDP")).isFalse();
    assertThat(ProseScanner.isNotProse("end.")).isFalse();
  }

  @Test
  void wordsTakeAContractionAndHyphenatedPartsButNotADanglingHyphen() {
    assertThat(byScanners("self-hosted can’t x- K8s-node's"))
        .containsExactly("0:self-hosted", "12:can’t", "18:x", "21:K8s-node's");
  }

  @Test
  void normaliseMatchesTheStripCollapseLowerCaseOfThePatternOnGeneratedText() {
    Random random = new Random(10);
    for (int i = 0; i < 200_000; i++) {
      String text = randomText(random, 10);
      String expected = SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
      assertThat(CellText.normalise(text)).as("%s", text).isEqualTo(expected);
    }
  }

  @Test
  void normaliseCollapsesEveryRunOfSpaceAndLowerCasesAFinalSigmaInContext() {
    assertThat(CellText.normalise("  Web \t\n UI  ")).isEqualTo("web ui");
    assertThat(CellText.normalise("ΟΔΟΣ\t\tX")).isEqualTo("οδος x");
    String plain = "plain text";
    assertThat(CellText.normalise(plain)).isSameAs(plain);
  }

  @Test
  void serviceWordsAreRunsOfLettersAndNumbers() {
    // the service typo check's words, as its pattern found them
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      String text = randomText(random, 10);
      List<String> expected = new ArrayList<>();
      Matcher m = SERVICE_WORD.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      List<String> actual = new ArrayList<>();
      ProseScanner.forEachRun(text, actual::add);
      assertThat(actual).as("%s", text).isEqualTo(expected);
      // as the conflicting-rows check used to split a cell into words
      assertThat(actual)
          .as("%s", text)
          .isEqualTo(
              java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                  .filter(w -> !w.isEmpty())
                  .toList());
    }
  }
}
