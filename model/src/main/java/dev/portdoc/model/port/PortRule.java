package dev.portdoc.model.port;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One port requirement: a transport and port range, a direction, and why it is needed. A table row
 * gives one or more rules (a row with {@code TCP/UDP} gives two).
 *
 * @param service application protocol or service label, such as {@code HTTPS} or {@code NATS}
 * @param transport empty when the page does not say or says something unreadable
 * @param ports empty for ICMP or when the port cell cannot be read
 * @param direction empty when the table has no direction
 * @param purpose free text, empty string when absent
 * @param deprecated the row is marked deprecated
 * @param location where the row that gave this rule starts
 */
public record PortRule(
    Optional<String> service,
    Optional<Transport> transport,
    Optional<PortRange> ports,
    Optional<Direction> direction,
    String purpose,
    boolean deprecated,
    SourceLocation location) {

  public PortRule {
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(transport, "transport must not be null");
    Objects.requireNonNull(ports, "ports must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(purpose, "purpose must not be null");
    Objects.requireNonNull(location, "location must not be null");
  }
}
