package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.List;

/** A row with more or fewer cells than the header: a cell was lost or one slipped in. */
public final class ColumnCountCheck extends BaseCheck {

  public static final String ID = "column-count";

  public ColumnCountCheck() {
    super(ID, Severity.ERROR, "A table row has more or fewer cells than the header.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      int expected = table.columns().size();
      for (TableRow row : table.rows()) {
        int actual = row.cells().size();
        if (actual != expected && !Tables.isBlank(row)) {
          found.add(
              finding(
                  "Row has "
                      + actual
                      + (actual == 1 ? " cell" : " cells")
                      + " but the header has "
                      + expected
                      + "; "
                      + (actual < expected ? "a cell is missing." : "remove the extra cell."),
                  row.location()));
        }
      }
    }
    return found;
  }
}
