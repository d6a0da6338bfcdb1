package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.table.PortCellReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style properties with fixed seeds (so a failure reproduces): random pages assembled from the
 * syntax the parser knows, and random cell text, never make it throw, and every location it reports
 * lies inside the page.
 */
class ParserFuzzTest {

  private static final String[] FRAGMENTS = {
    "| Port | Direction | Purpose |\n",
    "| --- | :---: | ---: |\n",
    "|---|---|---|\n",
    "| HTTPS (tcp/443) | INBOUND | Console |\n",
    "| 80, 443 or 8080 | OUT | Web [Deprecated] |\n",
    "Protocol | Port | Source\n",
    "TCP | 2379-2380 | etcd\n",
    "| ICMP | - | ping |\n",
    "| TCP/UDP | 30000&ndash;32767 | nodes \\| all |\n",
    "  | **Port** | **Use** |\n",
    "<Tabs>\n",
    "<TabItem label=\"A\" value=\"a\">\n",
    "</TabItem>\n",
    "</Tabs>\n",
    "<Tabs.TabPane tab=\"B\" key=\"b\">\n",
    ":::info\n",
    ":::\n",
    "import X from 'y';\n",
    "export const z = 1;\n",
    "{/* comment\n",
    "*/}\n",
    "{{< warning >}}\n",
    "{: caption=\"c\"}\n",
    "<details>\n",
    "<summary>More</summary>\n",
    "```\n",
    "~~~\n",
    "## Heading {#anchor}\n",
    "# Title\n",
    "---\n",
    "title: T\n",
    "<table><thead><tr><th>Port</th><th>Protocol</th></tr></thead>\n",
    "<tbody><tr><td>50000*</td><td>TCP</td></tr>\n",
    "</tbody></table>\n",
    "<td>",
    "</tr>",
    "\n",
    "\r\n",
    "plain words 8080 (tcp) ",
    "[^note]",
    "[x]: http://e.invalid\n",
    "\t",
    "|",
    "(",
    ")",
    "-",
    "–",
    "€",
    "\uD83D\uDE00",
  };

  @Test
  void randomPagesNeverThrowAndLocationsStayInsideThePage() {
    Random random = new Random(20_261_126L);
    PageParser parser = PageParser.create();
    for (int run = 0; run < 400; run++) {
      StringBuilder page = new StringBuilder();
      int parts = random.nextInt(40);
      for (int i = 0; i < parts; i++) {
        page.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        if (random.nextInt(8) == 0) {
          page.append((char) random.nextInt(0x3000));
        }
      }
      String content = page.toString();
      Document doc = parser.parse("fuzz.md", content);
      assertLocationsInside(doc, content);
      assertThat(parser.parse("fuzz.md", content)).as("same page, same model").isEqualTo(doc);
    }
  }

  @Test
  void randomCellsNeverThrow() {
    Random random = new Random(7L);
    String alphabet = "0123456789-–,/ ()*†[]^xXtcpudpTCPUDPandor.abc";
    for (int run = 0; run < 5_000; run++) {
      StringBuilder cell = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      PortCellReader.PortCell read = PortCellReader.readPortCell(cell.toString());
      assertThat(read.ports()).allSatisfy(p -> assertThat(p.start()).isNotNegative());
      PortCellReader.readTransportCell(cell.toString());
    }
  }

  private static void assertLocationsInside(Document doc, String content) {
    String[] lines = content.split("\r\n|\r|\n", -1);
    List<SourceLocation> locations = new ArrayList<>();
    for (PortTable table : doc.tables()) {
      locations.add(table.location());
      table.columns().stream().map(TableColumn::location).forEach(locations::add);
      for (TableRow row : table.rows()) {
        locations.add(row.location());
        row.cells().stream().map(Cell::location).forEach(locations::add);
        row.rules().stream().map(PortRule::location).forEach(locations::add);
      }
    }
    doc.headings().forEach(h -> locations.add(h.location()));
    doc.prose().forEach(p -> locations.add(p.location()));
    for (SourceLocation location : locations) {
      assertThat(location.line()).as("%s in %s", location, content).isBetween(1, lines.length);
      assertThat(location.column())
          .as("%s in %s", location, content)
          .isBetween(1, lines[location.line() - 1].length() + 1);
    }
  }
}
