package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A header of a port table that portdoc does not recognise (and that is no close misspelling of one
 * it does: {@code header-typo} reports those). Its values are kept as extra columns.
 */
public final class UnknownHeaderCheck extends BaseCheck {

  public static final String ID = "unknown-header";

  public UnknownHeaderCheck() {
    super(ID, Severity.INFO, "A column header of a port table is not one portdoc recognises.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableColumn column : table.columns()) {
        if (column.role() == ColumnRole.OTHER
            && !column.name().isBlank()
            && HeaderTypoCheck.suggestionFor(column.name(), LintConfig.DEFAULTS).isEmpty()) {
          found.add(
              finding(
                  "Column '"
                      + column.name()
                      + "' is not a known port-table column; its values"
                      + " are kept as extra fields.",
                  column.location()));
        }
      }
    }
    return found;
  }
}
