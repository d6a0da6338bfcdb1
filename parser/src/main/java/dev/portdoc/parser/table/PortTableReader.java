package dev.portdoc.parser.table;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a table as written (header cells and body rows, from Markdown or HTML) into a {@link
 * PortTable}, or nothing when it is not a port table.
 */
public final class PortTableReader {

  private PortTableReader() {}

  /**
   * Reads one table.
   *
   * @param header the header cells
   * @param headerLocation where the header row starts
   * @param rows the body rows' cells
   * @param rowLocations where each body row starts
   * @param headingPath the headings above the table
   * @param variant the tab the table sits in
   */
  public static Optional<PortTable> read(
      List<Cell> header,
      SourceLocation headerLocation,
      List<List<Cell>> rows,
      List<SourceLocation> rowLocations,
      List<String> headingPath,
      Optional<String> variant) {
    List<String> names = header.stream().map(Cell::text).toList();
    List<ColumnRole> roles = new ArrayList<>(ColumnRoles.recogniseAll(names));
    inferDirectionColumn(roles, rows);
    List<TableColumn> columns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      columns.add(
          new TableColumn(
              names.get(i), roles.get(i), header.get(i).location(), header.get(i).raw()));
    }
    if (!PortRowReader.isPortTable(columns, rows)) {
      return Optional.empty();
    }
    List<TableRow> tableRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Cell> cells = rows.get(i);
      tableRows.add(
          new TableRow(
              cells,
              PortRowReader.readRules(columns, cells, rowLocations.get(i)),
              rowLocations.get(i)));
    }
    return Optional.of(new PortTable(headingPath, variant, columns, tableRows, headerLocation));
  }

  /**
   * A table without a Direction header may still say it in another column (the AWS security-group
   * table's {@code Rule Type}: {@code Inbound}/{@code Outbound}): a column whose every non-blank
   * cell is a direction is taken as the direction column.
   */
  private static void inferDirectionColumn(List<ColumnRole> roles, List<List<Cell>> rows) {
    if (roles.contains(ColumnRole.DIRECTION)) {
      return;
    }
    for (int column = 0; column < roles.size(); column++) {
      if (roles.get(column) != ColumnRole.OTHER) {
        continue;
      }
      boolean any = false;
      boolean all = true;
      for (List<Cell> cells : rows) {
        if (column < cells.size() && !cells.get(column).isBlank()) {
          any = true;
          all &= Direction.fromText(cells.get(column).text()).isPresent();
        }
      }
      if (any && all) {
        roles.set(column, ColumnRole.DIRECTION);
        return;
      }
    }
  }
}
