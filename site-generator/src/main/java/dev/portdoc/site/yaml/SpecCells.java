package dev.portdoc.site.yaml;

import java.util.Locale;

/** The Markdown cell texts of a rule, in the seed page's notation ({@code HTTPS (tcp/443)}). */
public final class SpecCells {

  private SpecCells() {}

  /**
   * {@code HTTPS (tcp/443)}, {@code tcp/443}, {@code 443}, {@code HTTPS (443)} or {@code HTTPS ()}
   * as the rule has service, transport and port, then {@code [deprecated]} when it is. A transport
   * without a port ({@code icmp}) is written alone, which pages cannot read back: Markdown tables
   * put it in a protocol column instead (see {@link #needsProtocolColumn}).
   */
  public static String port(PortSpec.Rule rule, boolean protocolColumn) {
    String ports = rule.ports().map(Object::toString).orElse("");
    String transport = protocolColumn ? "" : protocol(rule);
    String spec;
    if (transport.isEmpty() || ports.isEmpty()) {
      spec = ports.isEmpty() ? transport : ports;
    } else {
      spec = transport + "/" + ports;
    }
    String cell = rule.service().map(s -> s + " (" + spec + ")").orElse(spec);
    return rule.deprecated() ? (cell + " [deprecated]").strip() : cell;
  }

  /** The protocol column's cell: the transport, lower case, or empty. */
  public static String protocol(PortSpec.Rule rule) {
    return rule.transport().map(t -> t.id()).orElse("");
  }

  /** {@code INBOUND}, {@code OUTBOUND} or empty. */
  public static String direction(PortSpec.Rule rule) {
    return rule.direction().map(d -> d.id().toUpperCase(Locale.ROOT)).orElse("");
  }

  /**
   * True when some rule has a transport but no port ({@code icmp}): {@code tcp/443} cannot say
   * that, so such tables get a {@code Protocol} column and ports without transport.
   */
  public static boolean needsProtocolColumn(Iterable<PortSpec.Rule> rules) {
    for (PortSpec.Rule rule : rules) {
      if (rule.transport().isPresent() && rule.ports().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
