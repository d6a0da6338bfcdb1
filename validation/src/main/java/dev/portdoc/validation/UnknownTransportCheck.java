package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A port cell in {@code transport/port} notation whose transport is neither a transport, nor a
 * close misspelling of one ({@code transport-typo} reports those), nor an application protocol
 * written in its place ({@code HTTPS/443}).
 */
public final class UnknownTransportCheck extends BaseCheck {

  public static final String ID = "unknown-transport";

  private final LintConfig config;

  public UnknownTransportCheck() {
    this(LintConfig.DEFAULTS);
  }

  public UnknownTransportCheck(LintConfig config) {
    super(ID, Severity.ERROR, "A port cell names a transport that is not tcp, udp, sctp or icmp.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Tables.portCell(table, row).ifPresent(cell -> check(cell, found));
      }
    }
    return found;
  }

  private void check(Cell cell, List<Diagnostic> found) {
    Transports.slashToken(cell.text())
        .filter(token -> isUnknown(token.text()))
        .ifPresent(
            token ->
                found.add(
                    finding(
                        "Transport '"
                            + token.text()
                            + "' in '"
                            + cell.text()
                            + "' is not tcp, udp, sctp or icmp.",
                        cell.location().plusColumns(Words.offsetIn(cell.raw(), token.text())))));
  }

  /** True for words that explain an unreadable port cell and that no other check reports. */
  boolean isUnknown(String word) {
    return !Transports.isTransport(word)
        && !Transports.NOT_TRANSPORTS.contains(word.toLowerCase(Locale.ROOT))
        && Transports.typoOf(word).isEmpty()
        && !config.accepts(word);
  }
}
