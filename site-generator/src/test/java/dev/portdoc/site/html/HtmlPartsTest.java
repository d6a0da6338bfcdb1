package dev.portdoc.site.html;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.testing.RandomValues;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The parts written in Java are exactly what the template engine gave for them. */
class HtmlPartsTest {

  @Test
  void escapesLikeTheTemplateEngine() {
    forAll(
        0x4A7_0001L,
        2000,
        random ->
            new RandomValues(random)
                .string(
                    0,
                    40,
                    "&<>\"'#;=/",
                    charsBetween(' ', '~'),
                    "\t\n\r\u0000\u007f\u00a0\u00e9\u203a\u2014\ud83d\ude00\ud800\udc00"),
        text -> {
          StringBuilder out = new StringBuilder();
          HtmlParts.escape(out, text);
          assertThat(out.toString()).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        });
  }

  @Test
  void everyCharacterTheFastPathPassesTheEscaperLeavesAsItIs() {
    int passed = 0;
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String text = "x" + (char) c + "y";
      if (HtmlParts.needsNoEscape(text)) {
        passed++;
        assertThat(HtmlEscape.escapeHtml4Xml(text)).as("U+%04X", c).isSameAs(text);
      }
    }
    // printable ASCII less the five markup characters, and every BMP character but surrogates
    assertThat(passed).isEqualTo((0x7f - 0x20 - 5) + (0x10000 - 0x80 - 0x800));
  }

  @Test
  void escapesTheFiveMarkupCharacters() {
    StringBuilder out = new StringBuilder();
    HtmlParts.escape(out, "a<b>&\"c'd");

    assertThat(out).hasToString("a&lt;b&gt;&amp;&quot;c&#39;d");
  }
}
