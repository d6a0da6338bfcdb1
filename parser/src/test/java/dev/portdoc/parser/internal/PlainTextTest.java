package dev.portdoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  /** The patterns both page readers used before they shared these scanners. */
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final Pattern HEADING_ANCHOR = Pattern.compile("\\s*\\{#[^{}\\s]*}$");

  private static final String ALPHABET = "ab ,{}#\u0085\u2028\t\n\r\f";

  @Test
  void collapseAndAnchorStripEqualThePatternsTheyReplaced() {
    Random random = new Random(20261126L);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder raw = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        raw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String collapsed = PlainText.collapse(raw);
      assertThat(collapsed)
          .as("collapse of case %d: [%s]", n, raw)
          .isEqualTo(SPACE.matcher(raw).replaceAll(" ").replace(" , ", ", ").strip());
      assertThat(PlainText.withoutAnchor(collapsed))
          .as("anchor strip of case %d: [%s]", n, collapsed)
          .isEqualTo(HEADING_ANCHOR.matcher(collapsed).replaceFirst(""));
    }
  }

  @Test
  void textSaidToBeCollapsedIsWhatCollapseGivesBack() {
    String alphabet = "aaab  ,,\u0085\u2028\u00A0\t\n\r\f";
    Random random = new Random(27);
    int collapsed = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder raw = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = raw.toString();
      if (PlainText.isCollapsed(text)) {
        assertThat(PlainText.collapse(text)).as("[%s]", text).isEqualTo(text);
        collapsed++;
      }
    }
    assertThat(collapsed).isBetween(20_000, 180_000);
  }

  @Test
  void headingIdsAreDroppedWithTheSpaceBeforeThem() {
    assertThat(PlainText.withoutAnchor("Worker node(s) {#node}")).isEqualTo("Worker node(s)");
    assertThat(PlainText.withoutAnchor("Set {#a b}")).isEqualTo("Set {#a b}");
    assertThat(PlainText.withoutAnchor("{#only}")).isEmpty();
  }

  @Test
  void frontMatterValuesLoseSurroundingQuotesOnly() {
    assertThat(PlainText.scalar(" \"Ports\" ")).contains("Ports");
    assertThat(PlainText.scalar("'it''s'")).contains("it''s");
    assertThat(PlainText.scalar("\"")).contains("\"");
    assertThat(PlainText.scalar("''")).isEmpty();
    assertThat(PlainText.scalar(null)).isEmpty();
  }

  @Test
  void headingPathSkipsEmptyLevels() {
    assertThat(PlainText.headingPath(new String[] {null, "A", null, "C", null, null, null}))
        .containsExactly("A", "C");
  }
}
