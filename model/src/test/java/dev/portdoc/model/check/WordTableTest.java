package dev.portdoc.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word table against a HashMap, looked up by ranges of longer texts. */
class WordTableTest {

  private static final String LETTERS = "aAbBzZ'’-é9Ωω中";

  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    int length = random.nextInt(5);
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }

  /** Equal to a map keyed by the word (ASCII capitals folded when the table folds). */
  private static void holdEqualToAMap(boolean fold, long seed) {
    Random random = new Random(seed);
    WordTable table = new WordTable(fold, 1);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      String word = randomWord(random);
      String key = fold ? asciiLower(word) : word;
      String text = "x" + word + "y";
      int entry = table.find(text, 1, 1 + word.length());
      assertThat(entry < 0).as(word).isEqualTo(!map.containsKey(key));
      if (random.nextBoolean()) {
        entry = table.intern(text, 1, 1 + word.length());
        assertThat(table.key(entry)).isEqualTo(key);
        table.add(entry, 1);
        map.merge(key, 1, Integer::sum);
      }
    }
    assertThat(table.size()).isEqualTo(map.size());
    for (int e = 0; e < table.size(); e++) {
      assertThat(table.value(e)).isEqualTo(map.get(table.key(e)));
      assertThat(table.find(table.key(e))).isEqualTo(e);
    }
  }

  private static String asciiLower(String word) {
    StringBuilder lower = new StringBuilder();
    for (char c : word.toCharArray()) {
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return lower.toString();
  }

  @Test
  void anExactTableHoldsEachWordAsWritten() {
    holdEqualToAMap(false, 1);
  }

  @Test
  void aFoldingTableHoldsEachWordInAsciiLowerCase() {
    holdEqualToAMap(true, 2);
  }

  @Test
  void byteRangesOfAsciiTextFindWhatTheirCharactersFind() {
    Random random = new Random(3);
    String letters = "aAbBzZ'-9 ";
    for (boolean fold : new boolean[] {false, true}) {
      WordTable table = new WordTable(fold, 1);
      for (int i = 0; i < 20_000; i++) {
        StringBuilder word = new StringBuilder();
        for (int k = random.nextInt(6); k > 0; k--) {
          word.append(letters.charAt(random.nextInt(letters.length())));
        }
        String text = "x" + word + "y";
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int to = 1 + word.length();
        int sum = table.sum(text, 1, to);
        assertThat(table.find(bytes, 1, to, sum)).isEqualTo(table.find(text, 1, to));
        // as the table compares them: capitals folded in a folding table
        byte[] compared =
            (fold ? asciiLower(word.toString()) : word.toString())
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long pack = WordTable.pack(compared);
        int entry =
            switch (random.nextInt(3)) {
              case 0 -> table.intern(bytes, 1, to, sum);
              case 1 -> table.internPacked(bytes, 1, to, pack);
              default -> table.intern(text, 1, to);
            };
        assertThat(table.internPacked(bytes, 1, to, pack)).isEqualTo(entry);
        assertThat(table.key(entry))
            .isEqualTo(fold ? asciiLower(word.toString()) : word.toString());
        assertThat(table.find(bytes, 1, to, sum)).isEqualTo(entry);
      }
      // a key beyond ASCII is never a byte range's
      int omega = table.intern("ωab", 0, 3);
      byte[] ab = {'a', 'b'};
      assertThat(table.find(ab, 0, 2, table.sum("ab", 0, 2))).isNotEqualTo(omega);
    }
  }

  @Test
  void packsAreDistinctForDistinctShortWords() {
    assertThat(WordTable.pack(new byte[0])).isZero();
    assertThat(WordTable.pack("abcdefghij".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isZero();
    assertThat(WordTable.pack(new byte[] {'a', 0})).isZero();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    java.util.Set<String> words = new java.util.HashSet<>();
    Random random = new Random(4);
    for (int i = 0; i < 50_000; i++) {
      byte[] word = new byte[1 + random.nextInt(WordTable.PACKED)];
      for (int k = 0; k < word.length; k++) {
        word[k] = (byte) ("ab'z\u007F\u0001".charAt(random.nextInt(6)));
      }
      if (words.add(new String(word, java.nio.charset.StandardCharsets.ISO_8859_1))) {
        assertThat(seen.add(WordTable.pack(word))).isTrue();
      }
    }
  }

  @Test
  void addingATableSumsTheCountsOfEqualWords() {
    WordTable a = new WordTable(true, 1);
    WordTable b = new WordTable(true, 1);
    a.add(a.intern("Port", 0, 4), 2);
    b.add(b.intern("PORT", 0, 4), 3);
    b.add(b.intern("ports", 0, 5), 1);

    a.addAll(b);

    assertThat(a.size()).isEqualTo(2);
    assertThat(a.value(a.find("port"))).isEqualTo(5);
    assertThat(a.value(a.find("PORTS".toLowerCase(Locale.ROOT)))).isEqualTo(1);
    assertThat(a.find("ΩΩ")).isEqualTo(-1);
  }
}
