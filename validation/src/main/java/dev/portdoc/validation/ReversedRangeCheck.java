package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A range whose start is above its end ({@code 2380-2379}): it holds no port. */
public final class ReversedRangeCheck extends BaseCheck {

  public static final String ID = "port-range-reversed";

  public ReversedRangeCheck() {
    super(ID, Severity.ERROR, "A port range starts above its end.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Set<PortRange> reversed = new LinkedHashSet<>();
        for (PortRule rule : row.rules()) {
          rule.ports().filter(r -> r.start() > r.end()).ifPresent(reversed::add);
        }
        for (PortRange range : reversed) {
          String fix = range.end() + "-" + range.start();
          found.add(
              finding(
                  "Port range " + range + " starts above its end; did you mean " + fix + "?",
                  PortLocations.of(Tables.portCell(table, row), row, range.start()),
                  fix));
        }
      }
    }
    return found;
  }
}
