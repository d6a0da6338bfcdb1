package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A transport that is a close misspelling of {@code tcp}, {@code udp}, {@code sctp} or {@code
 * icmp}: in the port cell ({@code NATS (tpc/4222)}) or in the protocol column.
 */
public final class TransportTypoCheck extends BaseCheck {

  public static final String ID = "transport-typo";

  private final LintConfig config;

  public TransportTypoCheck() {
    this(LintConfig.DEFAULTS);
  }

  public TransportTypoCheck(LintConfig config) {
    super(ID, Severity.WARNING, "A transport is a close misspelling of tcp, udp, sctp or icmp.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Optional<Cell> port = Tables.portCell(table, row);
        port.ifPresent(
            cell ->
                Transports.slashToken(cell.text())
                    .ifPresent(token -> report(cell, token.text(), found)));
        Optional<Cell> transport = Tables.cell(table, row, ColumnRole.TRANSPORT);
        transport.ifPresent(
            cell -> Transports.words(cell.text()).forEach(t -> report(cell, t.text(), found)));
      }
    }
    return found;
  }

  private void report(Cell cell, String word, List<Diagnostic> found) {
    if (config.accepts(word)) {
      return;
    }
    Transports.typoOf(word)
        .ifPresent(
            fix ->
                found.add(
                    replacing(
                        "Transport '" + word + "' is not known; did you mean '" + fix + "'?",
                        cell,
                        word,
                        fix)));
  }
}
