package dev.portdoc.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.port.Transport;
import dev.portdoc.parser.table.PortCellReader.PortCell;
import dev.portdoc.parser.table.PortCellReader.PortEntry;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortCellReaderTest {

  /** {@code service | transports | ports (with own transports) | flags | kind}. */
  private static String describe(PortCell cell) {
    String ports =
        cell.entries().stream()
            .map(
                (PortEntry e) ->
                    e.range()
                        + (e.transports().isEmpty()
                            ? ""
                            : e.transports().stream()
                                .map(Transport::id)
                                .collect(Collectors.joining("+", "(", ")"))))
            .collect(Collectors.joining(" "));
    return cell.service().orElse("-")
        + " | "
        + cell.transports().stream().map(Transport::id).collect(Collectors.joining("+"))
        + " | "
        + ports
        + " | "
        + (cell.deprecated() ? "deprecated " : "")
        + (cell.optional() ? "optional " : "")
        + cell.kind();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '~',
      value = {
        "HTTPS (tcp/443)~HTTPS | tcp | 443 | PORTS",
        "NATS (tcp/4222) [Deprecated]~NATS | tcp | 4222 | deprecated PORTS",
        "443~- |  | 443 | PORTS",
        "TCP 443~- | tcp | 443 | PORTS",
        "443/udp~- |  | 443(udp) | PORTS",
        "53/udp, 80/tcp~- |  | 53(udp) 80(tcp) | PORTS",
        "2379-2380~- |  | 2379-2380 | PORTS",
        "30000–32767~- |  | 30000-32767 | PORTS",
        "30000 - 32767~- |  | 30000-32767 | PORTS",
        "80, 443~- |  | 80 443 | PORTS",
        "80 or 443~- |  | 80 443 | PORTS",
        "5443 and 8443~- |  | 5443 8443 | PORTS",
        "'80, 123, and 443'~- |  | 80 123 443 | PORTS",
        "'8300, 8301(TCP and UDP), 8500'~- |  | 8300 8301(tcp+udp) 8500 | PORTS",
        "8075 or 9999 (TLS)~- |  | 8075 9999 | PORTS",
        "50000*~- |  | 50000 | PORTS",
        "0, 8 *~- |  | 0 8 | PORTS",
        "disabled (8501)*~- |  | 8501 | optional PORTS",
        "Port (5432)~- |  | 5432 | PORTS",
        "X~- |  |  | NONE",
        "-~- |  |  | NONE",
        "N/A~- |  |  | NONE",
        "''~- |  |  | EMPTY",
        "Depends on the component configuration~- |  |  | UNREADABLE",
        "10.0.0.1~- |  |  | UNREADABLE",
        "99999999999~- |  |  | UNREADABLE",
        "All~- |  | 1-65535 | PORTS",
        "1000 to 2000~- |  | 1000-2000 | PORTS"
      })
  void readsPortCell(String cell, String expected) {
    assertThat(describe(PortCellReader.readPortCell(cell))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '~',
      value = {
        "TCP~tcp | - | true",
        "TCP/UDP~tcp+udp | - | true",
        "TCP and UDP~tcp+udp | - | true",
        "TCP / UDP~tcp+udp | - | true",
        "IPENCAP / IPIP~ipip | - | true",
        "ICMP~icmp | - | true",
        "HTTPS~tcp | HTTPS | true",
        "H2C~tcp | H2C | true",
        "gRPC~tcp | gRPC | true",
        "DNS~udp+tcp | DNS | true",
        "Carrier pigeon~none | - | false",
        "''~none | - | true"
      })
  void readsTransportCell(String cell, String expected) {
    PortCellReader.TransportCell read = PortCellReader.readTransportCell(cell);
    assertThat(
            (read.transports().isEmpty()
                    ? "none"
                    : read.transports().stream()
                        .map(Transport::id)
                        .collect(Collectors.joining("+")))
                + " | "
                + read.service().orElse("-")
                + " | "
                + read.readable())
        .isEqualTo(expected);
  }
}
