package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.validation.StandardChecks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CR, CRLF and mixed line endings read exactly like LF: same model, same lines and columns. */
class LineEndingTest {

  private static final String PAGE =
      """
      ---
      title: Ports
      description: What to open
      ---
      # Cluster

      Intro text
      over two lines.

      ## Node

      | Port | Direction | Purpose |
      |---|---|---|
      | HTTPS (tcp/443) | inbound | API |
      | tcp/2379-2380 | outbound | etcd |
      | HTTPS (tcp/443) | inbound | API |
      """;

  private final GuardedPageParser parser = GuardedPageParser.create();

  @ParameterizedTest
  @ValueSource(strings = {"crlf", "cr", "mixed"})
  void givesTheSameDocumentAsLf(String style) {
    Document lf = parse(PAGE);

    Document other = parse(withLineEndings(style));

    assertThat(other).isEqualTo(lf);
    assertThat(other.title()).contains("Ports");
    assertThat(other.tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(3));
    assertThat(other.tables().get(0).rows().get(1).cells().get(2).text()).isEqualTo("etcd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lf", "crlf", "cr", "mixed"})
  void findingsKeepTheirLines(String style) {
    List<Diagnostic> found = StandardChecks.linter().lint(parse(withLineEndings(style)));

    assertThat(found)
        .extracting(Diagnostic::toString)
        .containsExactly(
            "p.md:16:1: error duplicate-row Row duplicates the row at line 14; remove one of"
                + " them.");
  }

  private Document parse(String text) {
    GuardedPageParser.Result result = parser.parse("p.md", text.getBytes(StandardCharsets.UTF_8));
    assertThat(result.diagnostics()).isEmpty();
    return result.document();
  }

  /** {@code PAGE} with its line ends as {@code style}; mixed cycles LF, CRLF and CR. */
  private static String withLineEndings(String style) {
    String[] ends =
        switch (style) {
          case "lf" -> new String[] {"\n"};
          case "crlf" -> new String[] {"\r\n"};
          case "cr" -> new String[] {"\r"};
          default -> new String[] {"\n", "\r\n", "\r"};
        };
    StringBuilder out = new StringBuilder();
    List<String> lines = PAGE.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i)).append(ends[i % ends.length]);
    }
    return out.toString();
  }
}
