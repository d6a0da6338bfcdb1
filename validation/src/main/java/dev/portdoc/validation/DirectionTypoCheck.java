package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direction that is a close misspelling of a known one ({@code INBOUD}, {@code Outbund}): the
 * spec then has no direction for the rule, and a firewall script opens the port both ways or not at
 * all.
 */
public final class DirectionTypoCheck extends BaseCheck {

  public static final String ID = "direction-typo";

  private static final List<String> KNOWN =
      List.of("inbound", "outbound", "ingress", "egress", "bidirectional", "both");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final LintConfig config;

  public DirectionTypoCheck() {
    this(LintConfig.DEFAULTS);
  }

  public DirectionTypoCheck(LintConfig config) {
    super(ID, Severity.WARNING, "A direction is a close misspelling of a known direction.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Optional<Cell> cell = Tables.cell(table, row, ColumnRole.DIRECTION);
        if (cell.isEmpty() || Direction.fromText(cell.get().text()).isPresent()) {
          continue;
        }
        Matcher m = WORD.matcher(cell.get().text());
        while (m.find()) {
          String word = m.group();
          if (word.length() < 4 || config.accepts(word) || Direction.fromText(word).isPresent()) {
            continue;
          }
          Optional<String> fix = Words.nearest(word, KNOWN, word.length() >= 8 ? 2 : 1);
          if (fix.isPresent()) {
            String suggestion = Words.inCaseOf(word, fix.get());
            found.add(
                replacing(
                    "Direction '" + word + "' is not known; did you mean '" + suggestion + "'?",
                    cell.get(),
                    word,
                    suggestion));
          }
        }
      }
    }
    return found;
  }
}
