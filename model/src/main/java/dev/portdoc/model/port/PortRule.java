package dev.portdoc.model.port;

import dev.portdoc.model.source.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * @param source the peer that opens the connection, when the page names it
 * @param destination the peer that accepts the connection, when the page names it
 * @param deprecated the row is marked deprecated
 * @param optional the row is marked optional
 * @param extras other columns of the row, by header name, in column order
 * @param location where the row that gave this rule starts
 */
public record PortRule(
    Optional<String> service,
    Optional<Transport> transport,
    Optional<PortRange> ports,
    Optional<Direction> direction,
    String purpose,
    Optional<String> source,
    Optional<String> destination,
    boolean deprecated,
    boolean optional,
    Map<String, String> extras,
    SourceLocation location) {

  public PortRule {
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(transport, "transport must not be null");
    Objects.requireNonNull(ports, "ports must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    Objects.requireNonNull(purpose, "purpose must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(destination, "destination must not be null");
    extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    Objects.requireNonNull(location, "location must not be null");
  }

  /** A builder for a rule found at {@code location}; every other field starts empty. */
  public static Builder at(SourceLocation location) {
    return new Builder(location);
  }

  /** A builder that starts from this rule's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(location);
    builder.service = service;
    builder.transport = transport;
    builder.ports = ports;
    builder.direction = direction;
    builder.purpose = purpose;
    builder.source = source;
    builder.destination = destination;
    builder.deprecated = deprecated;
    builder.optional = optional;
    builder.extras = new LinkedHashMap<>(extras);
    return builder;
  }

  /** Builds rules field by field, so callers need not name every field. */
  public static final class Builder {
    private final SourceLocation location;
    private Optional<String> service = Optional.empty();
    private Optional<Transport> transport = Optional.empty();
    private Optional<PortRange> ports = Optional.empty();
    private Optional<Direction> direction = Optional.empty();
    private String purpose = "";
    private Optional<String> source = Optional.empty();
    private Optional<String> destination = Optional.empty();
    private boolean deprecated;
    private boolean optional;
    private Map<String, String> extras = new LinkedHashMap<>();

    private Builder(SourceLocation location) {
      this.location = Objects.requireNonNull(location, "location must not be null");
    }

    public Builder service(Optional<String> value) {
      service = Objects.requireNonNull(value);
      return this;
    }

    public Builder service(String value) {
      return service(Optional.of(value));
    }

    public Builder transport(Optional<Transport> value) {
      transport = Objects.requireNonNull(value);
      return this;
    }

    public Builder transport(Transport value) {
      return transport(Optional.of(value));
    }

    public Builder ports(Optional<PortRange> value) {
      ports = Objects.requireNonNull(value);
      return this;
    }

    public Builder ports(PortRange value) {
      return ports(Optional.of(value));
    }

    public Builder direction(Optional<Direction> value) {
      direction = Objects.requireNonNull(value);
      return this;
    }

    public Builder direction(Direction value) {
      return direction(Optional.of(value));
    }

    public Builder purpose(String value) {
      purpose = Objects.requireNonNull(value);
      return this;
    }

    public Builder source(Optional<String> value) {
      source = Objects.requireNonNull(value);
      return this;
    }

    public Builder destination(Optional<String> value) {
      destination = Objects.requireNonNull(value);
      return this;
    }

    public Builder deprecated(boolean value) {
      deprecated = value;
      return this;
    }

    public Builder optional(boolean value) {
      optional = value;
      return this;
    }

    public Builder extras(Map<String, String> value) {
      extras = new LinkedHashMap<>(value);
      return this;
    }

    public PortRule build() {
      return new PortRule(
          service,
          transport,
          ports,
          direction,
          purpose,
          source,
          destination,
          deprecated,
          optional,
          extras,
          location);
    }
  }
}
