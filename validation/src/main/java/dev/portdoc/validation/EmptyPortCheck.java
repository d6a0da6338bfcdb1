package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A row whose port cell is empty, unless the row is about ICMP, which has no ports. */
public final class EmptyPortCheck extends BaseCheck {

  public static final String ID = "empty-port";

  public EmptyPortCheck() {
    super(ID, Severity.WARNING, "A row of a port table leaves the port cell empty.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Optional<Cell> port = Tables.portCell(table, row);
        if (port.isPresent()
            && port.get().isBlank()
            && !Tables.isBlank(row)
            && !Tables.isPortless(row)) {
          found.add(finding("Row names no port; fill in the port cell.", port.get().location()));
        }
      }
    }
    return found;
  }
}
