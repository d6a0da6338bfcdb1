package dev.portdoc.validation;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.Transport;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading a row's cells by the role of their column. */
final class Tables {

  private Tables() {}

  /** Index of the first column with {@code role}, or -1. */
  static int column(PortTable table, ColumnRole role) {
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }

  /** The row's cell under the first column with {@code role}, when the row has one. */
  static Optional<Cell> cell(PortTable table, TableRow row, ColumnRole role) {
    int index = column(table, role);
    return index >= 0 && index < row.cells().size()
        ? Optional.of(row.cells().get(index))
        : Optional.empty();
  }

  /** The port cell: the {@code Port} column, or the start of a split range. */
  static Optional<Cell> portCell(PortTable table, TableRow row) {
    return cell(table, row, ColumnRole.PORT).or(() -> cell(table, row, ColumnRole.PORT_START));
  }

  static boolean isBlank(TableRow row) {
    return row.cells().stream().allMatch(Cell::isBlank);
  }

  /** IP protocols that have no ports. */
  private static final Pattern PORTLESS =
      Pattern.compile("\\b(ICMP|ICMPV6|IPIP|IPENCAP|ESP|AH|GRE|VRRP)\\b", Pattern.CASE_INSENSITIVE);

  /** ICMP and other port-less rows legitimately leave the port empty. */
  static boolean isPortless(TableRow row) {
    boolean icmp =
        row.rules().stream()
            .anyMatch(r -> r.transport().filter(Transport.ICMP::equals).isPresent());
    return icmp || row.cells().stream().anyMatch(c -> PORTLESS.matcher(c.text()).find());
  }
}
