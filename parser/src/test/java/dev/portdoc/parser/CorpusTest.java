package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every page of the shared corpus ({@code ../shared/corpus}, skipped when absent) and
 * compares tables per page and rows and rules per table with counts written down by reading each
 * page. Run with {@code -Dportdoc.dumpCorpus=DIR} to write each page's model dump for review.
 */
class CorpusTest {

  private static final PageParser PARSER = PageParser.create();

  static Stream<Arguments> pages() {
    return Stream.of(
        page("consul/ports.html.md", "21:9/12"),
        page("consul/ports.mdx", "18:9/12"),
        page("gitlab/defaults.md", "19:39/46"),
        page(
            "ibm-vmwaresolutions/vmwaresol_ports-services.md",
            "29:5/5 43:2/2 54:3/3 66:7/7 82:3/3 96:6/12 115:12/13 136:20/23 167:3/3 182:8/8 200:1/1"),
        page("istio/index.md", "89:10/11 104:6/6 124:4/5"),
        page("k3s/requirements.md", "136:6/6"),
        page("kubekey/network-access.md", "5:13/13"),
        page("kubernetes-website/ports-and-protocols.md", "14:5/5 27:3/3"),
        page("kubespray/port-requirements.md", "11:7/7 23:3/3 35:6/6 50:9/9 66:3/5"),
        page(
            "librarium/04-networking-ports.024aacac.md",
            "57:3/3 67:3/3 98:4/4 109:3/3 145:2/2 154:3/3 176:4/4 187:3/3"),
        page("librarium/04-networking-ports.id14973777297.md", "24:3/3 32:3/3 47:5/5 59:4/4"),
        page("librarium/90-network-rules.md", "24:4/4"),
        page("librarium/_required-domains.mdx", "28:17/17"),
        page("librarium/network-rules.md", "16:4/4"),
        page(
            "librarium/networking-ports.15c6c735.md",
            "63:3/3 71:3/3 83:2/2 90:3/3 129:4/4 138:3/3 150:4/4 159:3/3"),
        page("librarium/networking-ports.id3616152243.md", "22:2/2 29:3/3 50:4/4 59:3/3"),
        page(
            "librarium/networking-ports.id4029988413.md",
            "48:3/3 58:3/3 89:4/4 100:3/3 136:2/2 145:3/3 167:4/4 178:3/3"),
        page("librarium/networking-ports.md", "39:3/3 47:2/2 67:3/3 75:2/2"),
        page("librarium/palette-public-ips.md", "39:26/30"),
        page("librarium/pcg-architecture.md", "34:4/4"),
        page("rancher/port-requirements.md", "54:5/5 64:4/4 92:10/10 117:2/2 124:4/4 241:13/13"),
        page("rke2/requirements.md", "135:7/7 151:4/4 161:4/4 173:5/5 184:1/1 193:2/2"),
        page("simplyblock/control-plane-network-port-table.md", "1:21/23"),
        page("simplyblock/network-port-table.md", "1:8/20"),
        page("simplyblock/storage-plane-network-port-table.md", "1:20/21"),
        page("talos/talos-network-connectivity.md", "21:2/2 54:1/1"));
  }

  private static Arguments page(String path, String expected) {
    return Arguments.of(path, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsEveryPortTableOfThePage(String page, String expected) throws IOException {
    String shared = System.getProperty("portdoc.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
    Path file = Path.of(shared, "corpus", page);
    Document doc = PARSER.parse(page, Files.readString(file, StandardCharsets.UTF_8));
    String dumpDir = System.getProperty("portdoc.dumpCorpus");
    if (dumpDir != null) {
      Path out = Path.of(dumpDir, page + ".model.txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, ModelDump.of(doc), StandardCharsets.UTF_8);
    }
    assertThat(summary(doc)).isEqualTo(expected);
  }

  /** Single rules, written down by reading the pages, in the form {@link #rule} prints. */
  @ParameterizedTest(name = "{0}:{1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "talos/talos-network-connectivity.md~30~tcp/50000 inbound svc=- optional=false : apid",
        "consul/ports.mdx~22~?/8501 - svc=HTTPS optional=true : The HTTPs API",
        "consul/ports.html.md~23~tcp/8600 - svc=DNS optional=false : The DNS server (TCP and UDP)",
        "gitlab/defaults.md~52~?/8300 - svc=Consul optional=false : ",
        "kubernetes-website/ports-and-protocols.md~31~tcp/30000-32767 inbound svc=- optional=false"
            + " : NodePort Services†",
        "rke2/requirements.md~163~icmp/? - svc=- optional=false : Cilium CNI health checks",
        "kubespray/port-requirements.md~42~ipip/? - svc=- optional=false"
            + " : Calico CNI with IPIP enabled",
        "kubekey/network-access.md~8~tcp/2379-2380 - svc=etcd optional=false : ",
        "librarium/networking-ports.15c6c735.md~67~tcp/4222 inbound svc=NATS optional=false"
            + " : Agent running inside connecting to management platform",
        "istio/index.md~95~tcp/15008 - svc=H2 optional=false : HBONE mTLS tunnel port",
        "simplyblock/network-port-table.md~10~tcp/12202 inbound svc=Monitoring Stack"
            + " optional=false : "
      })
  void firstRuleOfTheRowAtLine(String page, int line, String expected) throws IOException {
    Document doc = read(page);
    PortRule first =
        doc.tables().stream()
            .flatMap(t -> t.rows().stream())
            .filter(r -> r.line() == line)
            .findFirst()
            .orElseThrow()
            .rules()
            .get(0);
    assertThat(rule(first).strip()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void socketOnlyComponentsGiveNoRuleAndDeprecatedMarkersAreFlags() throws IOException {
    Document gitlab = read("gitlab/defaults.md");
    assertThat(gitlab.tables().get(0).rows().stream().filter(r -> r.rules().isEmpty()))
        .extracting(r -> r.cells().get(0).text())
        .containsExactly("PostgreSQL", "Redis", "Puma", "GitLab Workhorse", "Geo PostgreSQL");
    Document tabs = read("librarium/networking-ports.15c6c735.md");
    assertThat(tabs.tables().stream().flatMap(t -> t.rules().stream()).filter(PortRule::deprecated))
        .extracting(PortRule::location)
        .extracting(l -> l.line())
        .containsExactly(67, 75, 132, 141);
  }

  private static Document read(String page) throws IOException {
    String shared = System.getProperty("portdoc.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus");
    Path file = Path.of(shared, "corpus", page);
    return PARSER.parse(page, Files.readString(file, StandardCharsets.UTF_8));
  }

  private static String rule(PortRule rule) {
    return rule.transport().map(Transport::id).orElse("?")
        + "/"
        + rule.ports().map(PortRange::toString).orElse("?")
        + " "
        + rule.direction().map(Direction::id).orElse("-")
        + " svc="
        + rule.service().orElse("-")
        + " optional="
        + rule.optional()
        + " : "
        + rule.purpose();
  }

  /** {@code line:rows/rules} per table, for example {@code 24:2/2 31:3/6}. */
  static String summary(Document doc) {
    List<String> parts =
        doc.tables().stream()
            .map(
                (PortTable t) ->
                    t.location().line() + ":" + t.rows().size() + "/" + t.rules().size())
            .toList();
    return String.join(" ", parts);
  }
}
