package dev.portdoc.model.doc;

import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.source.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A body row: its cells as written and the rules read from them.
 *
 * @param cells in source order; may be more or fewer than the table's columns
 * @param rules empty when the row could not be read as a port requirement
 * @param location where the row's line starts
 */
public record TableRow(List<Cell> cells, List<PortRule> rules, SourceLocation location) {

  public TableRow {
    cells = List.copyOf(cells);
    rules = List.copyOf(rules);
    Objects.requireNonNull(location, "location must not be null");
  }

  public int line() {
    return location.line();
  }
}
