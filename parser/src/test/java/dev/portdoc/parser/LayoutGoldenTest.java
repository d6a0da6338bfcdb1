package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.port.PortRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixture pages, one per layout and syntax, compared page → model with golden dumps. */
class LayoutGoldenTest {

  private static Document parse(String name) {
    return PageParser.create().parse(name, Golden.read("pages/layouts/" + name));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "bold-aligned.md",
        "ragged-pipes.md",
        "protocol-columns.md",
        "lists-and-markers.md",
        "docusaurus-tabs.mdx",
        "hugo-kramdown.md",
        "html-table.md"
      })
  void modelMatchesGoldenFile(String name) {
    Golden.assertMatches("pages/layouts/" + name + ".model.txt", ModelDump.of(parse(name)));
  }

  @Test
  void tablesDirectlyBelowTabItemLinesAreReadWithTheTabAsVariant() {
    Document doc = parse("docusaurus-tabs.mdx");
    assertThat(doc.tables())
        .extracting(PortTable::context)
        .containsExactly("Ports [Streaming]", "Ports [batch]", "Ports", "Ports", "Ports [Classic]");
    // the first table's header is on line 15, right below the TabItem line
    assertThat(doc.tables().get(0).location().line()).isEqualTo(15);
    assertThat(doc.tables().get(0).rows().get(0).location().line()).isEqualTo(17);
  }

  @Test
  void nonPortTablesAreLeftOut() {
    Document doc = parse("hugo-kramdown.md");
    assertThat(doc.tables()).hasSize(1);
    assertThat(doc.tables().get(0).headingPath()).containsExactly("Worker hosts");
    assertThat(doc.tables().get(0).rows()).hasSize(2);
  }

  @Test
  void htmlTableCellsPointIntoThePage() {
    Document doc = parse("html-table.md");
    assertThat(doc.tables()).hasSize(2);
    PortTable html = doc.tables().get(0);
    assertThat(html.location().toString()).isEqualTo("html-table.md:9:5");
    assertThat(html.columns().get(2).location().toString()).isEqualTo("html-table.md:12:9");
    assertThat(html.rows().get(0).cells().get(3).location().toString())
        .isEqualTo("html-table.md:21:9");
    assertThat(html.rows().get(0).cells().get(3).text()).isEqualTo("agent & shell");
    assertThat(html.rules())
        .extracting(r -> r.transport().orElseThrow().id() + "/" + r.ports().orElseThrow())
        .containsExactly("tcp/51000", "udp/51010-51020");
  }

  @Test
  void oneRowGivesOneRulePerTransportAndDirectionEachAtTheRowsLine() {
    Document doc = parse("protocol-columns.md");
    PortTable table = doc.tables().get(0);
    var mesh = table.rows().get(5);
    assertThat(mesh.rules())
        .extracting(r -> r.transport().orElseThrow().id() + " " + r.direction().orElseThrow().id())
        .containsExactly("tcp inbound", "udp inbound", "tcp outbound", "udp outbound");
    assertThat(mesh.rules()).extracting(PortRule::location).containsOnly(mesh.location());
  }

  @Test
  void deprecatedMarkerSetsTheFlagAndLeavesThePurpose() {
    PortRule rule = parse("bold-aligned.md").tables().get(0).rows().get(1).rules().get(0);
    assertThat(rule.deprecated()).isTrue();
    assertThat(rule.purpose()).isEqualTo("Device telemetry");
  }
}
