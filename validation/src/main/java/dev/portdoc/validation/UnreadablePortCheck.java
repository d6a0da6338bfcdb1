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

/**
 * A port cell with digits that gave no port: the spec loses the row. Cells without digits ({@code
 * -}, {@code N/A}, free text) are a choice of the author, and a cell whose only fault is its
 * transport is left to {@code transport-typo} and {@code unknown-transport}.
 */
public final class UnreadablePortCheck extends BaseCheck {

  public static final String ID = "unreadable-port";

  private final LintConfig config;

  public UnreadablePortCheck() {
    this(LintConfig.DEFAULTS);
  }

  public UnreadablePortCheck(LintConfig config) {
    super(ID, Severity.ERROR, "A port cell holds digits but no port could be read from it.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    UnknownTransportCheck unknown = new UnknownTransportCheck(config);
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Optional<Cell> cell = Tables.portCell(table, row);
        if (cell.isEmpty()
            || !cell.get().text().chars().anyMatch(Character::isDigit)
            || row.rules().stream().anyMatch(r -> r.ports().isPresent())
            || Tables.isPortless(row)) {
          continue;
        }
        boolean explained =
            Transports.slashToken(cell.get().text())
                .filter(t -> Transports.typoOf(t.text()).isPresent() || unknown.isUnknown(t.text()))
                .isPresent();
        if (!explained) {
          found.add(
              finding(
                  "No port can be read from '"
                      + cell.get().text()
                      + "'; write a port (443), a range (2379-2380) or a list (80, 443).",
                  cell.get().location()));
        }
      }
    }
    return found;
  }
}
