package dev.portdoc.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tree's word scanner against the pattern it replaced. */
class WordScannerTest {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");

  /** Pieces that stress the pattern: case, apostrophes, letters beyond ASCII and the BMP. */
  private static final String[] PIECES = {
    "a",
    "Z",
    "port",
    "HTTPS",
    "don't",
    "'",
    "’",
    "-",
    " ",
    "\t",
    "\n",
    "9",
    "443",
    ".",
    "_",
    "é",
    "ß",
    "İ",
    "Σ",
    "ΟΔΟΣ",
    "ς",
    "Ω",
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
    "\u00A0",
    "ǅ",
    "ʰ",
    "K8s",
    "(",
    "/",
    "İstanbul",
    // the byte path: a real '?', the one character getBytes puts for those beyond Latin-1
    "?",
    "a?b",
    "ÿ",
    "Ā"
  };

  static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static List<String> byPattern(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** The words in the order first found, each with its count. */
  private static List<Map.Entry<String, Integer>> counted(List<String> words) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    words.forEach(word -> counts.merge(word, 1, Integer::sum));
    return List.copyOf(counts.entrySet());
  }

  private static List<Map.Entry<String, Integer>> entries(WordTable table) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>();
    for (int e = 0; e < table.size(); e++) {
      entries.add(Map.entry(table.key(e), table.value(e)));
    }
    return entries;
  }

  private static List<Map.Entry<String, Integer>> byScanner(String text) {
    WordTable table = new WordTable(true, 1);
    TreeContext.countWords(text, table);
    return entries(table);
  }

  @Test
  void scannerCountsThePatternsWordsInLowerCaseOnGeneratedText() {
    Random random = new Random(8);
    for (int i = 0; i < 200_000; i++) {
      String text = randomText(random);
      assertThat(byScanner(text)).as("%s", text).isEqualTo(counted(byPattern(text)));
    }
  }

  @Test
  void oneTableCountsTheWordsOfManyTextsInAnyCase() {
    Random random = new Random(10);
    WordTable table = new WordTable(true, 1);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      // pairs of pieces repeat often: the table meets its words again, in other cases
      String text = randomText(random) + " " + randomText(random).toUpperCase(Locale.ROOT);
      TreeContext.countWords(text, table);
      words.addAll(byPattern(text));
    }
    assertThat(entries(table)).isEqualTo(counted(words));
    assertThat(table.size()).isGreaterThan(1000);
  }

  @Test
  void scannerKeepsApostrophesInsideWordsAndLowerCasesAFinalSigma() {
    assertThat(byScanner("Don't 'quote' ΟΔΟΣ K8s k"))
        .containsExactly(
            Map.entry("don't", 1),
            Map.entry("quote'", 1),
            Map.entry("οδος", 1),
            Map.entry("k", 2),
            Map.entry("s", 1));
  }

  @Test
  void streamedCountsEqualTheWholeTreesCounts() {
    Random random = new Random(9);
    List<dev.portdoc.model.doc.Document> pages = new ArrayList<>();
    for (int p = 0; p < 40; p++) {
      List<dev.portdoc.model.doc.TextRun> prose = new ArrayList<>();
      for (int line = 1; line <= 5; line++) {
        prose.add(
            new dev.portdoc.model.doc.TextRun(
                randomText(random), new dev.portdoc.model.source.SourceLocation("p.md", line, 1)));
      }
      pages.add(
          new dev.portdoc.model.doc.Document(
              "p" + p + ".md",
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              List.of(),
              List.of(),
              prose));
    }
    TreeContext whole = TreeContext.of(pages);
    TreeContext.Counter counter = new TreeContext.Counter();
    pages.parallelStream().forEach(counter::add);
    TreeContext streamed = counter.counted();

    for (String piece : PIECES) {
      for (String word : byPattern(piece + piece + "ab")) {
        assertThat(streamed.count(word)).as(word).isEqualTo(whole.count(word));
      }
    }
    for (dev.portdoc.model.doc.Document page : pages) {
      for (dev.portdoc.model.doc.TextRun run : page.prose()) {
        for (String word : byPattern(run.text())) {
          assertThat(streamed.count(word)).as(word).isEqualTo(whole.count(word));
          assertThat(streamed.frequentNeighbours(word)).isEqualTo(whole.frequentNeighbours(word));
        }
      }
    }
  }
}
