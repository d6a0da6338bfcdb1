package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;
import dev.portdoc.model.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Port values: out of range, reversed, unknown transport, unreadable, unusual for the service. */
class PortChecksTest {

  private static final String TABLE =
      """
      | Port                 | Direction | Purpose |
      | -------------------- | --------- | ------- |
      %s
      """;

  private static String row(String port) {
    return TABLE.formatted("| " + port + " | INBOUND | x |");
  }

  @Test
  void portsOutsideTheRangeAreErrorsAtTheDigits() {
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("HTTPS (tcp/70000)")))
        .containsExactly("3:14 error Port 70000 is outside 1-65535.");
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("0")))
        .containsExactly("3:3 error Port 0 is outside 1-65535.");
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("65535"))).isEmpty();
    assertThat(Lint.findings(PortOutOfRangeCheck.ID, row("1"))).isEmpty();
  }

  @Test
  void reversedRangesAreErrorsWithTheRangeTheOtherWayRound() {
    assertThat(Lint.findings(ReversedRangeCheck.ID, row("tcp/2380-2379")))
        .containsExactly(
            "3:7 error Port range 2380-2379 starts above its end; did you mean 2379-2380? =>"
                + " 2379-2380");
    assertThat(Lint.findings(ReversedRangeCheck.ID, row("tcp/2379-2380"))).isEmpty();
  }

  @Test
  void unknownTransportsAreErrorsButTyposAndApplicationProtocolsAreNot() {
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("NATS (xyz/4222)")))
        .containsExactly(
            "3:9 error Transport 'xyz' in 'NATS (xyz/4222)' is not tcp, udp, sctp or icmp.");
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("NATS (tpc/4222)"))).isEmpty();
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("HTTPS/443"))).isEmpty();
    assertThat(Lint.findings(UnknownTransportCheck.ID, row("udp/53"))).isEmpty();
  }

  /**
   * The parser reads what it can, so this rule is tested on a model built by hand: the state a
   * model read back from YAML, or from a stricter parser, can be in.
   */
  private static Document withPortCell(String portText, boolean readable) {
    SourceLocation row = new SourceLocation("p.md", 3, 1);
    PortRule.Builder rule = PortRule.at(row).transport(Transport.TCP);
    if (readable) {
      rule.ports(PortRange.of(443));
    }
    PortTable table =
        new PortTable(
            List.of(),
            Optional.empty(),
            List.of(
                new TableColumn("Port", ColumnRole.PORT, new SourceLocation("p.md", 1, 3)),
                new TableColumn(
                    "Protocol", ColumnRole.TRANSPORT, new SourceLocation("p.md", 1, 10))),
            List.of(
                new TableRow(
                    List.of(
                        new Cell(portText, portText, new SourceLocation("p.md", 3, 3)),
                        new Cell("TCP", "TCP", new SourceLocation("p.md", 3, 12))),
                    List.of(rule.build()),
                    row)),
            new SourceLocation("p.md", 1, 1));
    return new Document(
        "p.md", Optional.empty(), Optional.empty(), List.of(), List.of(table), List.of());
  }

  @Test
  void portCellsWithDigitsButNoReadablePortAreErrors() {
    assertThat(new UnreadablePortCheck().check(withPortCell("4x43", false)))
        .extracting(Lint::format)
        .containsExactly(
            "3:3 error No port can be read from '4x43'; write a port (443), a range (2379-2380) or"
                + " a list (80, 443).");
    assertThat(new UnreadablePortCheck().check(withPortCell("443", true))).isEmpty();
    assertThat(new UnreadablePortCheck().check(withPortCell("Depends on the setup", false)))
        .isEmpty();
    assertThat(new UnreadablePortCheck().check(withPortCell("-", false))).isEmpty();
    assertThat(new UnreadablePortCheck().check(withPortCell("NATS (tpc/4222)", false))).isEmpty();
    assertThat(new UnreadablePortCheck().check(withPortCell("NATS (xyz/4222)", false))).isEmpty();
  }

  @Test
  void aServiceOnAnotherPortThanItsRegisteredOneIsInfoOnly() {
    assertThat(Lint.findings(ServicePortCheck.ID, row("SSH (tcp/2222)")))
        .containsExactly("3:12 info SSH is registered on port 22, the row says 2222.");
    assertThat(Lint.findings(ServicePortCheck.ID, row("SSH (tcp/22)"))).isEmpty();
    assertThat(Lint.findings(ServicePortCheck.ID, row("Kubernetes API (tcp/6443)"))).isEmpty();
  }

  @Test
  void suppressionAndConfiguration() {
    String page = "<!-- portdoc-disable port-out-of-range -->\n" + row("tcp/70000");

    assertThat(Lint.findings(PortOutOfRangeCheck.ID, page)).isEmpty();
    assertThat(
            Lint.findings(
                PortOutOfRangeCheck.ID,
                row("tcp/70000"),
                Lint.rule(PortOutOfRangeCheck.ID, Optional.of(Severity.WARNING))))
        .containsExactly("3:7 warning Port 70000 is outside 1-65535.");
    assertThat(
            StandardChecks.linter(Lint.off(UnreadablePortCheck.ID)).lint(withPortCell("4x", false)))
        .isEmpty();
  }
}
