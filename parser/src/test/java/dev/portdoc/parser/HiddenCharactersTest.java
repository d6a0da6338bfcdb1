package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Document;
import dev.portdoc.model.port.PortRule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invisible and look-alike characters pasted into a port cell: spaces and zero-width characters are
 * read through, never split a number into two ports; full-width digits are not a port.
 */
class HiddenCharactersTest {

  private final PageParser parser = PageParser.create();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tcp/\u200B443", // zero-width space before the number
        "tcp/4\u200B43", // ... inside it
        "tcp/44\u200D3", // zero-width joiner
        "tcp/4\u2060\u200C43", // word joiner, non-joiner
        "\uFEFFtcp/443", // a stray byte order mark
        "tcp/\u00A0443", // non-breaking space
        "tcp\u00A0443",
        "HTTPS\u00A0(tcp/443)",
      })
  void invisibleCharactersInsideTcp443StillReadPort443(String cell) {
    List<PortRule> rules = rules(cell);

    assertThat(rules)
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.ports()).hasValueSatisfying(p -> assertThat(p).hasToString("443"));
              assertThat(rule.transport())
                  .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("TCP"));
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tcp/\uFF14\uFF14\uFF13", "\uFF14\uFF14\uFF13"})
  void fullWidthDigitsAreNotReadAsAPort(String cell) {
    // the row stays, without a port, for the checks to report
    assertThat(rules(cell)).singleElement().satisfies(rule -> assertThat(rule.ports()).isEmpty());
  }

  private List<PortRule> rules(String cell) {
    Document document =
        parser.parse(
            "p.md", "| Port | Purpose |\n|---|---|\n| " + cell + " | web |\n| tcp/22 | ssh |\n");
    return document.tables().get(0).rows().get(0).rules();
  }
}
