package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A row repeated in another table of the same context (same headings and tab). Rows under other
 * headings or in other tabs describe another deployment and are not repeats.
 */
public final class RepeatedRowCheck extends BaseCheck {

  public static final String ID = "repeated-row";

  public RepeatedRowCheck() {
    super(ID, Severity.INFO, "A row repeats a row of another table under the same heading.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    Map<String, Map<List<String>, TableRow>> byContext = new HashMap<>();
    List<List<List<String>>> normal = CellText.normalisedCells(document);
    for (int t = 0; t < document.tables().size(); t++) {
      PortTable table = document.tables().get(t);
      Map<List<String>, TableRow> earlier =
          byContext.computeIfAbsent(table.context(), k -> new HashMap<>());
      Map<List<String>, TableRow> here = new HashMap<>();
      for (int r = 0; r < table.rows().size(); r++) {
        TableRow row = table.rows().get(r);
        if (Tables.isBlank(row)) {
          continue;
        }
        List<String> key = normal.get(t).get(r);
        TableRow first = earlier.get(key);
        if (first != null) {
          found.add(
              finding(
                  "Row repeats the row at line "
                      + first.line()
                      + " of another table under the same heading.",
                  row.location()));
        }
        here.putIfAbsent(key, row);
      }
      here.forEach(earlier::putIfAbsent);
    }
    return found;
  }
}
