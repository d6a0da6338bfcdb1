package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Fix;
import dev.portdoc.model.diagnostic.LineDeletion;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A row that repeats an earlier row of the same table, compared on normalised cell text. Reported
 * at the later row, naming the earlier one's line.
 */
public final class DuplicateRowCheck extends BaseCheck {

  public static final String ID = "duplicate-row";

  public DuplicateRowCheck() {
    super(ID, Severity.ERROR, "A table row repeats an earlier row of the same table.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    List<List<List<String>>> normal = CellText.normalisedCells(document);
    for (int t = 0; t < document.tables().size(); t++) {
      PortTable table = document.tables().get(t);
      Map<List<String>, TableRow> seen = new HashMap<>();
      for (int r = 0; r < table.rows().size(); r++) {
        TableRow row = table.rows().get(r);
        List<String> key = withoutTrailingEmpty(normal.get(t).get(r));
        if (key.isEmpty()) {
          continue; // blank separator rows are layout, not data
        }
        TableRow first = seen.putIfAbsent(key, row);
        if (first != null) {
          Diagnostic finding =
              finding(
                  "Row duplicates the row at line " + first.line() + "; remove one of them.",
                  row.location());
          // only a byte-for-byte copy is deleted: rows equal after normalising may differ in
          // markup or case, and which one to keep is then the author's choice
          found.add(isExactCopy(first, row) ? finding.withFix(deleteRow(row)) : finding);
        }
      }
    }
    return found;
  }

  private static boolean isExactCopy(TableRow first, TableRow row) {
    return first.cells().stream()
            .map(Cell::raw)
            .toList()
            .equals(row.cells().stream().map(Cell::raw).toList())
        && first.location().column() == row.location().column()
        && first.line() != row.line()
        // the row must be its line's only content: a multi-line HTML row is left alone
        && row.cells().stream().allMatch(c -> c.location().line() == row.line());
  }

  private static Fix deleteRow(TableRow row) {
    return Fix.of(LineDeletion.of(row.location().file(), row.line()));
  }

  private static List<String> withoutTrailingEmpty(List<String> cells) {
    // trailing empty cells are padding, not content
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).isEmpty()) {
      end--;
    }
    return end == cells.size() ? cells : cells.subList(0, end);
  }
}
