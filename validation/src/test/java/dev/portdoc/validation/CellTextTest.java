package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CellTextTest {

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final String[] PIECES = {
    "tcp", "TCP", "Inbound", "443", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "a", "Z", "@[`{",
    "é", "Σ", "İ", "\u00A0", "\u2003", "-"
  };

  /** The one-pass scan against the pattern it replaces, mostly on ASCII cells, as tables hold. */
  @Test
  void normaliseIsTheStripCollapseLowerCaseOfThePattern() {
    Random random = new Random(27);
    int unchanged = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder cell = new StringBuilder();
      int kinds = random.nextInt(4) == 0 ? PIECES.length : 14; // a quarter reach beyond ASCII
      for (int p = random.nextInt(8); p > 0; p--) {
        cell.append(PIECES[random.nextInt(kinds)]);
      }
      String text = cell.toString();
      String expected = SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);

      String normal = CellText.normalise(text);

      assertThat(normal).as("%s", text).isEqualTo(expected);
      if (normal.equals(text) && text.chars().allMatch(c -> c < 0x80)) {
        assertThat(normal).isSameAs(text); // no copy of ASCII text that needs none
        unchanged++;
      }
    }
    assertThat(unchanged).isBetween(5_000, 95_000);
  }
}
