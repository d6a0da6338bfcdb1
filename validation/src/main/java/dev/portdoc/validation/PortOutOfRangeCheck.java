package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A port outside 1-65535: no such port exists, so the row is wrong. */
public final class PortOutOfRangeCheck extends BaseCheck {

  public static final String ID = "port-out-of-range";

  public PortOutOfRangeCheck() {
    super(ID, Severity.ERROR, "A port is outside 1-65535.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Set<Integer> bad = new LinkedHashSet<>();
        for (PortRule rule : row.rules()) {
          rule.ports()
              .ifPresent(
                  range -> {
                    addIfOut(range.start(), bad);
                    addIfOut(range.end(), bad);
                  });
        }
        Optional<Cell> cell = Tables.portCell(table, row);
        for (int port : bad) {
          found.add(
              finding(
                  "Port " + port + " is outside 1-" + PortRange.MAX_PORT + ".",
                  PortLocations.of(cell, row, port)));
        }
      }
    }
    return found;
  }

  private static void addIfOut(int port, Set<Integer> bad) {
    if (port < 1 || port > PortRange.MAX_PORT) {
      bad.add(port);
    }
  }
}
