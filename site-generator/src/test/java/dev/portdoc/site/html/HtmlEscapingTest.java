package dev.portdoc.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.SiteInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text from pages reaches the HTML as text only: in elements, attributes and links. */
class HtmlEscapingTest {

  private static final String HOSTILE =
      """
      ---
      title: "Ports <script>alert('title')</script>"
      ---
      ## Edge "><svg onload=alert(1)>

      | Port | Direction | Purpose |
      |---|---|---|
      | HTTPS (tcp/443) | INBOUND | <script>alert(1)</script> |
      | tcp/8443 | INBOUND | <img src=x onerror=alert(1)> |
      | tcp/9443 | OUTBOUND | [click](javascript:alert(1)) ' onmouseover='alert(1) |
      """;

  @Test
  void hostileTextGivesNoElementAttributeOrLiveLink() {
    Document page = PageParser.create().parse("javascript:alert(1).md", HOSTILE);
    Map<String, String> site =
        new HtmlSiteWriter().render(new SiteInput(List.of(page), Map.of(), ""), Optional.empty());

    for (String name : List.of("pages/javascript:alert(1).html", "index.html", "ports.html")) {
      org.jsoup.nodes.Document html = Jsoup.parse(site.get(name));
      assertThat(html.select("main script, main img, main svg[onload]")).as(name).isEmpty();
      assertThat(html.select("[onerror], [onload], [onmouseover]")).as(name).isEmpty();
      for (Element link : html.select("a[href]")) {
        assertThat(link.attr("href")).as(name).doesNotContainIgnoringCase("javascript:");
      }
      assertThat(html.select("script"))
          .allSatisfy(s -> assertThat(s.attr("src")).endsWith("portdoc.js"));
    }
    org.jsoup.nodes.Document document = Jsoup.parse(site.get("pages/javascript:alert(1).html"));
    assertThat(document.select("table.ports td").eachText())
        .contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    assertThat(document.selectFirst("h1").text())
        .isEqualTo("Ports <script>alert('title')</script>");
    assertThat(Jsoup.parse(site.get("index.html")).selectFirst("td a").attr("href"))
        .isEqualTo("pages/javascript%3Aalert%281%29.html");
  }

  @Test
  void handBuiltVariantAndFindingTextIsEscapedInTheMatrixFilters() {
    Map<String, String> site =
        new HtmlSiteWriter().render(SiteFixtures.handBuilt(), Optional.empty());

    org.jsoup.nodes.Document ports = Jsoup.parse(site.get("ports.html"));
    assertThat(ports.select("select[name=variant] option").eachAttr("value"))
        .containsExactly("", "<script>alert('tab')</script>", "Helm");
    assertThat(ports.select("tr[data-variant=Helm]")).hasSize(2);
    assertThat(ports.select("main script")).isEmpty();
  }
}
