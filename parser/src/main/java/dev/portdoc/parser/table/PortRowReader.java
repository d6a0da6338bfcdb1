package dev.portdoc.parser.table;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.table.PortCellReader.Kind;
import dev.portdoc.parser.table.PortCellReader.PortCell;
import dev.portdoc.parser.table.PortCellReader.PortEntry;
import dev.portdoc.parser.table.PortCellReader.TransportCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Turns the cells of one table row into port rules, by the roles of the table's columns. */
public final class PortRowReader {

  private static final Pattern DIRECTION_SPLIT = Pattern.compile("[,/&;]|\\band\\b");

  private PortRowReader() {}

  /**
   * True when a table with these columns and rows lists ports: it has a port column and at least
   * one body row writes a digit in it. A {@code Port | Description} glossary of port names, an OS
   * matrix or a sizing table is not a port table.
   */
  public static boolean isPortTable(List<TableColumn> columns, List<List<Cell>> rows) {
    boolean hasPortColumn =
        columns.stream()
            .anyMatch(c -> c.role() == ColumnRole.PORT || c.role() == ColumnRole.PORT_START);
    if (!hasPortColumn) {
      return false;
    }
    for (List<Cell> cells : rows) {
      String port =
          text(columns, cells, ColumnRole.PORT) + text(columns, cells, ColumnRole.PORT_START);
      for (int i = 0; i < port.length(); i++) {
        if (port.charAt(i) >= '0' && port.charAt(i) <= '9') {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a table with these columns has a port column. */
  public static boolean isPortTable(List<TableColumn> columns) {
    return columns.stream()
        .anyMatch(c -> c.role() == ColumnRole.PORT || c.role() == ColumnRole.PORT_START);
  }

  /**
   * The rules a row gives: one per direction, transport and port range it names. A row whose port
   * cannot be read still gives a rule, without ports, so that checks can see it. A row that says it
   * has no port ({@code X}, {@code -}) and names no port-less transport such as ICMP gives none; so
   * does a blank row.
   */
  public static List<PortRule> readRules(
      List<TableColumn> columns, List<Cell> cells, SourceLocation rowLocation) {
    if (allBlank(cells)) {
      return List.of();
    }
    String portText = text(columns, cells, ColumnRole.PORT);
    if (portText.isEmpty()) {
      portText =
          joinRange(
              text(columns, cells, ColumnRole.PORT_START),
              text(columns, cells, ColumnRole.PORT_END));
    }
    PortCell port = PortCellReader.readPortCell(portText);
    TransportCell transportCell =
        PortCellReader.readTransportCell(text(columns, cells, ColumnRole.TRANSPORT));

    String purpose = text(columns, cells, ColumnRole.PURPOSE);
    Optional<String> service =
        port.service()
            .or(
                () ->
                    nonEmpty(
                        PortCellReader.withoutDeprecatedMarker(
                            text(columns, cells, ColumnRole.SERVICE))))
            .or(transportCell::service);
    List<Transport> transports = new ArrayList<>(port.transports());
    if (transports.isEmpty()) {
      transports.addAll(transportCell.transports());
    }
    PurposeNotes notes = PurposeNotes.read(PortCellReader.withoutDeprecatedMarker(purpose));
    if (service.isEmpty() && notes.service().isPresent()) {
      service = notes.service();
      purpose = notes.rest();
    } else {
      purpose = PortCellReader.withoutDeprecatedMarker(purpose);
    }
    if (transports.isEmpty()) {
      transports.addAll(notes.transports());
    }
    boolean deprecated = port.deprecated() || anyDeprecated(cells);
    Map<String, String> extras = extras(columns, cells);

    List<Optional<Transport>> portless = new ArrayList<>();
    List<Optional<Transport>> ported = new ArrayList<>();
    for (Transport transport : transports) {
      (transport.carriesPorts() ? ported : portless).add(Optional.of(transport));
    }
    List<Candidate> candidates = new ArrayList<>();
    portless.forEach(t -> candidates.add(new Candidate(t, Optional.empty())));
    if (!portless.isEmpty() && port.kind() == Kind.PORTS) {
      // ICMP "0, 8": types, not ports; keep the cell as written
      extras.putIfAbsent(portColumnName(columns), portText);
    }
    if (port.kind() == Kind.PORTS && (ported.size() > 0 || portless.isEmpty())) {
      for (PortEntry entry : port.entries()) {
        List<Optional<Transport>> own = new ArrayList<>();
        entry.transports().forEach(t -> own.add(Optional.of(t)));
        List<Optional<Transport>> choices =
            !own.isEmpty() ? own : ported.isEmpty() ? List.of(Optional.empty()) : ported;
        for (Optional<Transport> transport : choices) {
          candidates.add(new Candidate(transport, Optional.of(entry.range())));
        }
      }
    } else if (port.kind() == Kind.UNREADABLE
        || port.kind() == Kind.EMPTY && portless.isEmpty()
        || port.kind() == Kind.NONE && !ported.isEmpty()) {
      // the row should name a port and does not: keep it, without ports, for the checks
      (ported.isEmpty() ? List.of(Optional.<Transport>empty()) : ported)
          .forEach(t -> candidates.add(new Candidate(t, Optional.empty())));
    }

    List<Optional<Direction>> directions = directions(text(columns, cells, ColumnRole.DIRECTION));
    List<PortRule> rules = new ArrayList<>();
    for (Optional<Direction> direction : directions) {
      for (Candidate candidate : candidates) {
        rules.add(
            PortRule.at(rowLocation)
                .service(service)
                .transport(candidate.transport())
                .ports(candidate.ports())
                .direction(direction)
                .purpose(purpose)
                .source(nonEmpty(text(columns, cells, ColumnRole.SOURCE)))
                .destination(nonEmpty(text(columns, cells, ColumnRole.DESTINATION)))
                .deprecated(deprecated)
                .optional(port.optional())
                .extras(extras)
                .build());
      }
    }
    return rules;
  }

  // loops, not streams: this runs for every row, and C1 compiles no stream pipeline away
  private static boolean allBlank(List<Cell> cells) {
    for (Cell cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyDeprecated(List<Cell> cells) {
    for (Cell cell : cells) {
      if (PortCellReader.hasDeprecatedMarker(cell.text())) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(Optional<Transport> transport, Optional<PortRange> ports) {}

  /**
   * Directions in a cell: {@code INBOUND}, {@code ingress, egress}, {@code Inbound/Outbound}; one
   * empty choice when the cell names none.
   */
  static List<Optional<Direction>> directions(String text) {
    List<Optional<Direction>> known = DIRECTIONS.get(text);
    if (known == null) {
      known = List.copyOf(readDirections(text));
      if (DIRECTIONS.size() < MEMO_LIMIT) {
        DIRECTIONS.put(text, known);
      }
    }
    return known;
  }

  /** Most distinct direction cells remembered: a tree writes a handful. */
  private static final int MEMO_LIMIT = 4096;

  /** {@link #directions} by cell text: a split by pattern on every row otherwise. */
  private static final Map<String, List<Optional<Direction>>> DIRECTIONS =
      new ConcurrentHashMap<>();

  private static List<Optional<Direction>> readDirections(String text) {
    List<Optional<Direction>> directions = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("both") || lower.equals("bidirectional")) {
      return List.of(Optional.of(Direction.INBOUND), Optional.of(Direction.OUTBOUND));
    }
    for (String part : DIRECTION_SPLIT.split(lower)) {
      Optional<Direction> direction = Direction.fromText(part);
      if (direction.isPresent() && !directions.contains(direction)) {
        directions.add(direction);
      }
    }
    if (directions.isEmpty()) {
      directions.add(Optional.empty());
    }
    return directions;
  }

  private static String portColumnName(List<TableColumn> columns) {
    for (TableColumn column : columns) {
      if (column.role() == ColumnRole.PORT || column.role() == ColumnRole.PORT_START) {
        return column.name();
      }
    }
    return "Port";
  }

  private static String joinRange(String start, String end) {
    if (start.isEmpty() || end.isEmpty() || start.equals(end)) {
      return start;
    }
    return start + "-" + end;
  }

  private static String text(List<TableColumn> columns, List<Cell> cells, ColumnRole role) {
    for (int i = 0; i < columns.size() && i < cells.size(); i++) {
      if (columns.get(i).role() == role) {
        return cells.get(i).text().strip();
      }
    }
    return "";
  }

  /**
   * Columns portdoc has no field for, kept by header name so nothing on the page is lost. A header
   * used twice ({@code Subnet, IP range}) gets {@code (2)} after its second use.
   */
  private static Map<String, String> extras(List<TableColumn> columns, List<Cell> cells) {
    Map<String, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < columns.size() && i < cells.size(); i++) {
      ColumnRole role = columns.get(i).role();
      if (role == ColumnRole.OTHER || role == ColumnRole.USED_BY) {
        String name = columns.get(i).name();
        for (int n = 2; extras.containsKey(name); n++) {
          name = columns.get(i).name() + " (" + n + ")";
        }
        extras.put(name, cells.get(i).text().strip());
      }
    }
    return extras;
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
