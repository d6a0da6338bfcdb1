package dev.portdoc.site.html;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.testing.RandomValues;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The parts written in Java escape text as the template engine does and match its layout. */
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
  void documentPagesShareTheLayoutOfTheTemplatedPages() throws IOException {
    Map<String, String> site = new HtmlSiteWriter().render(SiteFixtures.seed(), Optional.empty());
    Document index = Jsoup.parse(site.get("index.html"));
    Document page = Jsoup.parse(site.get("pages/architecture/networking-ports.html"));

    // the document page is written in Java, the others from layout.html: same head, nav, footer
    assertThat(page.select("head > *:not(title)").outerHtml().replace("../../", "./"))
        .isEqualTo(index.select("head > *:not(title)").outerHtml());
    assertThat(page.title()).isEqualTo(page.selectFirst("h1").text() + " \u00b7 portdoc");
    assertThat(page.selectFirst("header.site").outerHtml().replace("../../", "./"))
        .isEqualTo(
            index.selectFirst("header.site").outerHtml().replace(" aria-current=\"page\"", ""));
    assertThat(page.selectFirst("footer.site").outerHtml())
        .isEqualTo(index.selectFirst("footer.site").outerHtml());
  }

  @Test
  void escapesTheFiveMarkupCharacters() {
    StringBuilder out = new StringBuilder();
    HtmlParts.escape(out, "a<b>&\"c'd");

    assertThat(out).hasToString("a&lt;b&gt;&amp;&quot;c&#39;d");
  }
}
