package dev.portdoc.parser.table;

import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notations pages use for ports: {@code HTTPS (tcp/443)}, {@code tcp/443}, {@code 443},
 * {@code 2379-2380}, {@code 80, 443}.
 */
public final class PortCellReader {

  /** What a port cell says. Empty lists mean the cell did not say. */
  public record PortCell(
      Optional<String> service,
      List<Transport> transports,
      List<PortRange> ports,
      boolean deprecated,
      boolean readable) {

    public PortCell {
      transports = List.copyOf(transports);
      ports = List.copyOf(ports);
    }
  }

  private static final Pattern DEPRECATED =
      Pattern.compile("\\[\\s*deprecated\\s*]", Pattern.CASE_INSENSITIVE);
  private static final Pattern SERVICE_WITH_SPEC =
      Pattern.compile("^(?<service>[^()]*?)\\s*\\((?<spec>[^()]*)\\)$");
  private static final Pattern TRANSPORT_SLASH_PORTS =
      Pattern.compile("^(?<transport>[A-Za-z]+)\\s*[/ ]\\s*(?<ports>[\\d\\s,\\-–]+)$");
  private static final Pattern PORT_LIST =
      Pattern.compile(
          "^\\d+(\\s*[-–]\\s*\\d+)?(\\s*(,|\\bor\\b|\\band\\b)\\s*\\d+(\\s*[-–]\\s*\\d+)?)*$");
  private static final Pattern PORT_ITEM = Pattern.compile("(\\d+)(?:\\s*[-–]\\s*(\\d+))?");
  private static final Pattern TRANSPORT_SPLIT = Pattern.compile("\\s*(/|,|\\band\\b|&)\\s*");

  private PortCellReader() {}

  /** Reads a port cell. */
  public static PortCell readPortCell(String text) {
    String value = text.strip();
    boolean deprecated = false;
    Matcher marker = DEPRECATED.matcher(value);
    if (marker.find()) {
      deprecated = true;
      value = marker.replaceAll("").strip();
    }
    Optional<String> service = Optional.empty();
    Matcher withSpec = SERVICE_WITH_SPEC.matcher(value);
    if (withSpec.matches() && !withSpec.group("service").isEmpty()) {
      service = Optional.of(withSpec.group("service"));
      value = withSpec.group("spec").strip();
    }
    Matcher slash = TRANSPORT_SLASH_PORTS.matcher(value);
    if (slash.matches()) {
      List<PortRange> ports = readPorts(slash.group("ports").strip());
      Optional<Transport> transport = Transport.fromName(slash.group("transport"));
      return new PortCell(
          service,
          transport.stream().toList(),
          ports,
          deprecated,
          transport.isPresent() && !ports.isEmpty());
    }
    List<PortRange> ports = readPorts(value);
    return new PortCell(service, List.of(), ports, deprecated, !ports.isEmpty());
  }

  /** Reads a transport cell: {@code TCP}, {@code TCP/UDP}, {@code TCP and UDP}. */
  public static Optional<List<Transport>> readTransports(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<Transport> transports = new ArrayList<>();
    for (String part : TRANSPORT_SPLIT.split(value.toUpperCase(Locale.ROOT))) {
      Optional<Transport> transport = Transport.fromName(part);
      if (transport.isEmpty()) {
        return Optional.empty();
      }
      if (!transports.contains(transport.get())) {
        transports.add(transport.get());
      }
    }
    return Optional.of(transports);
  }

  private static List<PortRange> readPorts(String value) {
    if (!PORT_LIST.matcher(value).matches()) {
      return List.of();
    }
    List<PortRange> ports = new ArrayList<>();
    Matcher item = PORT_ITEM.matcher(value);
    while (item.find()) {
      Integer start = parse(item.group(1));
      Integer end = item.group(2) == null ? start : parse(item.group(2));
      if (start == null || end == null) {
        return List.of();
      }
      ports.add(PortRange.of(start, end));
    }
    return ports;
  }

  private static Integer parse(String digits) {
    // more than 9 digits is no port, and would overflow
    return digits.length() > 9 ? null : Integer.valueOf(digits);
  }
}
