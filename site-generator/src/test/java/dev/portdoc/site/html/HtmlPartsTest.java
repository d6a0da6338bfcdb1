package dev.portdoc.site.html;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.testing.RandomValues;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The rows written in Java escape text exactly as the template engine does. */
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
  void escapesTheFiveMarkupCharacters() {
    StringBuilder out = new StringBuilder();
    HtmlParts.escape(out, "a<b>&\"c'd");

    assertThat(out).hasToString("a&lt;b&gt;&amp;&quot;c&#39;d");
  }
}
