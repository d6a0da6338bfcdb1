package dev.portdoc.site.html;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.testing.RandomValues;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.unbescape.html.HtmlEscape;

/** The parts written in Java are exactly what the template engine gave for them. */
class HtmlPartsTest {

  /** The markup of a document page's table as its template had it, before it was a part. */
  private static final String TABLE_TEMPLATE =
      """
      <div class="scroll" tabindex="0" th:attr="aria-label=${t.caption()}">
              <table class="ports">
                <caption>
                  <span th:text="${t.caption()}">Deployment &gt; Component</span>
                  <span class="line" th:text="|line ${t.line()}|">line 20</span>
                </caption>
                <thead>
                <tr>
                  <th scope="col" class="anchor-col"><span class="visually-hidden">Link</span></th>
                  <th scope="col" th:each="c : ${t.columns()}" th:text="${c}">Column</th>
                </tr>
                </thead>
                <tbody th:utext="${rows}"></tbody>
              </table>
            </div>""";

  private static final String[] TEXT = {
    charsBetween(' ', '~'), "&<>\"'", "\u00e9\u2192\u203a\ud83d\ude00\ud800", "  "
  };

  @Test
  void aTableIsWhatItsTemplateGave() {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    forAll(
        0x4A7_0002L,
        300,
        random -> table(new RandomValues(random)),
        table -> {
          StringOutput template = new StringOutput(1);
          template.parts(
              (name, out) -> {
                HtmlParts.tableBody(table, out);
                return name.equals("rows");
              });
          Context context = new Context(Locale.ROOT);
          context.setVariable("t", table);
          context.setVariable("rows", HtmlOutput.placeholder("rows"));
          engine.process(TABLE_TEMPLATE, context, template);

          StringOutput part = new StringOutput(1);
          HtmlParts.table(table, part);
          assertThat(part.toString()).isEqualTo(template.toString());
        });
  }

  private static DocumentView.TableView table(RandomValues random) {
    List<String> columns = random.list(0, 5, () -> random.string(0, 12, TEXT));
    List<DocumentView.RowView> rows =
        random.list(
            0,
            3,
            () ->
                new DocumentView.RowView(
                    "r-" + random.between(1, 99),
                    "#r",
                    "Link to this row",
                    random.chance(0.5) ? null : "deprecated",
                    random.chance(0.5) ? List.of() : List.of("optional"),
                    random.string(0, 10, TEXT),
                    random.list(0, 3, () -> random.string(0, 10, TEXT)),
                    random.between(1, 500),
                    List.of()));
    return new DocumentView.TableView(
        "t-" + random.between(1, 99),
        "",
        "",
        random.chance(0.1) ? "" : random.string(0, 30, TEXT),
        columns,
        rows,
        random.between(1, 100_000));
  }

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
