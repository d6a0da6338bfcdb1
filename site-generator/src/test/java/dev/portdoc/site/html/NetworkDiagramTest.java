package dev.portdoc.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.site.html.NetworkDiagram.Arrow;
import dev.portdoc.site.html.NetworkDiagram.Box;
import dev.portdoc.site.html.NetworkDiagram.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkDiagramTest {

  private static final SourceLocation AT = new SourceLocation("a.md", 1, 1);

  @Test
  void unnamedPeersAreDrawnAgainstExternalBoxesAndSaidSo() {
    NetworkDiagram diagram =
        diagram(
            List.of("Platform", "Cluster"),
            List.of(rule(443, Direction.INBOUND, "", "")),
            List.of(rule(6443, Direction.OUTBOUND, "", ""), rule(53, Direction.OUTBOUND, "", "")));

    assertThat(diagram.boxes())
        .extracting(Box::kind, Box::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("component", "Platform"),
            org.assertj.core.groups.Tuple.tuple("component", "Cluster"),
            org.assertj.core.groups.Tuple.tuple("external", "External / clients"),
            org.assertj.core.groups.Tuple.tuple("external", "External / services"));
    assertThat(diagram.arrows())
        .extracting(Arrow::title)
        .containsExactly(
            "External / clients → Platform: HTTPS 443/tcp",
            "Cluster → External / services: HTTPS 6443/tcp, HTTPS 53/tcp");
    assertThat(diagram.note())
        .isEqualTo("The page names no peer for 3 rules: they are drawn against an External box.");
  }

  @Test
  void namedPeersGetTheirOwnBoxesAndArrowsRunStraightAcross() {
    NetworkDiagram diagram =
        diagram(
            List.of("Node"),
            List.of(
                rule(10250, Direction.INBOUND, "Control plane", ""),
                rule(22, Direction.INBOUND, "Bastion", ""),
                rule(443, Direction.OUTBOUND, "", "Registry")));

    assertThat(diagram.boxes())
        .extracting(Box::name)
        .containsExactly("Node", "Control plane", "Bastion", "Registry");
    assertThat(diagram.arrows()).extracting(Arrow::direction).contains("inbound", "outbound");
    Arrow registry =
        diagram.arrows().stream().filter(a -> a.title().contains("Registry")).findFirst().get();
    assertThat(registry.y1()).isEqualTo(registry.y2());
    assertThat(diagram.note()).isEmpty();
  }

  @Test
  void longPortListsWrapAndStopAtFourLines() {
    List<PortRule> rules = new ArrayList<>();
    for (int port = 8000; port < 8012; port++) {
      rules.add(rule(port, Direction.INBOUND, "", ""));
    }
    NetworkDiagram diagram = diagram(List.of("Node"), rules);

    List<String> label = diagram.arrows().get(0).label().stream().map(Line::text).toList();
    assertThat(label)
        .containsExactly("HTTPS 8000/tcp", "HTTPS 8001/tcp", "HTTPS 8002/tcp", "+9 more");
    assertThat(diagram.arrows().get(0).title()).contains("HTTPS 8011/tcp");
  }

  @Test
  void rulesWithoutDirectionAreNotDrawnAndSaidSo() {
    PortRule undirected = PortRule.at(AT).transport(Transport.UDP).ports(PortRange.of(53)).build();
    NetworkDiagram diagram =
        diagram(List.of("Node"), List.of(rule(443, Direction.INBOUND, "Client", ""), undirected));

    assertThat(diagram.arrows()).hasSize(1);
    assertThat(diagram.note()).isEqualTo("1 rule has no direction and is not drawn.");
  }

  @Test
  void aTableThatNamesOnlySourcesOrDestinationsIsDrawnInOrOut() {
    PortRule fromLoadBalancer =
        PortRule.at(AT)
            .transport(Transport.TCP)
            .ports(PortRange.of(80))
            .source(Optional.of("Load balancer"))
            .build();
    PortRule toRegistry =
        PortRule.at(AT)
            .transport(Transport.TCP)
            .ports(PortRange.of(443))
            .destination(Optional.of("git.example.org"))
            .build();

    NetworkDiagram diagram = diagram(List.of("Server"), List.of(fromLoadBalancer, toRegistry));

    assertThat(diagram.arrows())
        .extracting(Arrow::title)
        .containsExactly("Load balancer → Server: 80/tcp", "Server → git.example.org: 443/tcp");
    assertThat(diagram.note()).isEmpty();
  }

  @Test
  void aDeploymentWithNoDirectedRuleHasNoDiagram() {
    PortTable table =
        table(List.of(PortRule.at(AT).transport(Transport.TCP).ports(PortRange.of(1)).build()));
    assertThat(NetworkDiagram.of("d", "Dep", List.of(table), List.of("Node"))).isEmpty();
  }

  @Test
  void layoutIsTheSameEveryTime() {
    List<PortRule> rules =
        List.of(rule(443, Direction.INBOUND, "A", ""), rule(80, Direction.OUTBOUND, "", "B"));
    assertThat(diagram(List.of("Node"), rules)).isEqualTo(diagram(List.of("Node"), rules));
  }

  @SafeVarargs
  private static NetworkDiagram diagram(List<String> components, List<PortRule>... rulesPerTable) {
    List<PortTable> tables = new ArrayList<>();
    for (List<PortRule> rules : rulesPerTable) {
      tables.add(table(rules));
    }
    return NetworkDiagram.of("d", "Deployment", tables, components).orElseThrow();
  }

  private static PortTable table(List<PortRule> rules) {
    List<TableRow> rows = rules.stream().map(r -> new TableRow(List.of(), List.of(r), AT)).toList();
    return new PortTable(
        List.of("Deployment"),
        Optional.empty(),
        List.of(new TableColumn("Port", ColumnRole.PORT, AT)),
        rows,
        AT);
  }

  private static PortRule rule(int port, Direction direction, String source, String destination) {
    return PortRule.at(AT)
        .service("HTTPS")
        .transport(Transport.TCP)
        .ports(PortRange.of(port))
        .direction(direction)
        .source(source.isEmpty() ? Optional.empty() : Optional.of(source))
        .destination(destination.isEmpty() ? Optional.empty() : Optional.of(destination))
        .build();
  }
}
