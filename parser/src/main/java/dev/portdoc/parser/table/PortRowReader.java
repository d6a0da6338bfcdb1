package dev.portdoc.parser.table;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.table.PortCellReader.PortCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the cells of one table row into port rules, by the roles of the table's columns. */
public final class PortRowReader {

  private PortRowReader() {}

  /** True when a table with these columns lists ports. */
  public static boolean isPortTable(List<TableColumn> columns) {
    return columns.stream()
        .anyMatch(c -> c.role() == ColumnRole.PORT || c.role() == ColumnRole.PORT_START);
  }

  /**
   * The rules a row gives: one per transport and port range it names. A row whose port cannot be
   * read still gives a rule, without ports, so that checks can see it.
   */
  public static List<PortRule> readRules(
      List<TableColumn> columns, List<Cell> cells, SourceLocation rowLocation) {
    String portText = text(columns, cells, ColumnRole.PORT);
    if (portText.isEmpty()) {
      portText =
          joinRange(
              text(columns, cells, ColumnRole.PORT_START),
              text(columns, cells, ColumnRole.PORT_END));
    }
    if (cells.stream().allMatch(Cell::isBlank)) {
      return List.of();
    }
    PortCell port = PortCellReader.readPortCell(portText);
    Optional<String> service =
        port.service().or(() -> nonEmpty(text(columns, cells, ColumnRole.SERVICE)));
    List<Transport> transports = new ArrayList<>(port.transports());
    if (transports.isEmpty()) {
      PortCellReader.readTransports(text(columns, cells, ColumnRole.TRANSPORT))
          .ifPresent(transports::addAll);
    }
    Optional<Direction> direction = Direction.fromText(text(columns, cells, ColumnRole.DIRECTION));
    String purpose = text(columns, cells, ColumnRole.PURPOSE);

    List<Optional<Transport>> transportChoices = new ArrayList<>();
    transports.forEach(t -> transportChoices.add(Optional.of(t)));
    if (transportChoices.isEmpty()) {
      transportChoices.add(Optional.empty());
    }
    List<Optional<PortRange>> portChoices = new ArrayList<>();
    port.ports().forEach(p -> portChoices.add(Optional.of(p)));
    if (portChoices.isEmpty()) {
      portChoices.add(Optional.empty());
    }
    List<PortRule> rules = new ArrayList<>();
    for (Optional<Transport> transport : transportChoices) {
      for (Optional<PortRange> ports : portChoices) {
        rules.add(
            PortRule.at(rowLocation)
                .service(service)
                .transport(transport)
                .ports(ports)
                .direction(direction)
                .purpose(purpose)
                .source(nonEmpty(text(columns, cells, ColumnRole.SOURCE)))
                .destination(nonEmpty(text(columns, cells, ColumnRole.DESTINATION)))
                .deprecated(port.deprecated())
                .extras(extras(columns, cells))
                .build());
      }
    }
    return rules;
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

  /** Columns portdoc has no field for, kept by header name so nothing on the page is lost. */
  private static Map<String, String> extras(List<TableColumn> columns, List<Cell> cells) {
    Map<String, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < columns.size() && i < cells.size(); i++) {
      ColumnRole role = columns.get(i).role();
      if (role == ColumnRole.OTHER || role == ColumnRole.USED_BY) {
        extras.putIfAbsent(columns.get(i).name(), cells.get(i).text().strip());
      }
    }
    return extras;
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
