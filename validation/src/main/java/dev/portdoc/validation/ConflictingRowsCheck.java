package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two rows of one table that ask for the same thing (service, transport, port, direction, peers and
 * extra columns) with different purposes: a reader cannot tell which is meant; merge them.
 */
public final class ConflictingRowsCheck extends BaseCheck {

  public static final String ID = "conflicting-rows";

  public ConflictingRowsCheck() {
    super(
        ID,
        Severity.WARNING,
        "Two rows of a table name the same port and direction with different purposes.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      Map<List<Object>, PortRule> seen = new HashMap<>();
      for (TableRow row : table.rows()) {
        if (row.cells().size() != table.columns().size()) {
          continue; // a lost cell is column-count's finding; its empty purpose is no conflict
        }
        for (PortRule rule : row.rules()) {
          if (rule.ports().isEmpty()) {
            continue;
          }
          PortRule first = seen.putIfAbsent(key(rule), rule);
          if (first != null
              && first.location().line() != rule.location().line()
              && !CellText.normalise(first.purpose()).equals(CellText.normalise(rule.purpose()))
              && alike(first.purpose(), rule.purpose())) {
            found.add(
                finding(
                    "Row asks for "
                        + describe(rule)
                        + " like the row at line "
                        + first.location().line()
                        + " with a slightly different purpose; merge the two rows.",
                    row.location()));
            break;
          }
        }
      }
    }
    return found;
  }

  /** Half or more of the words in common, or one purpose's words all in the other. */
  static boolean alike(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.containsAll(y) || y.containsAll(x)) {
      return true;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return common.size() * 2 >= union.size();
  }

  private static Set<String> words(String text) {
    // the non-empty parts of a split on [^\p{L}\p{N}]+, scanned rather than split by a pattern
    Set<String> words = new HashSet<>();
    ProseScanner.forEachRun(CellText.normalise(text), words::add);
    return words;
  }

  private static List<Object> key(PortRule rule) {
    Map<String, String> extras = new HashMap<>();
    rule.extras().forEach((k, v) -> extras.put(CellText.normalise(k), CellText.normalise(v)));
    return List.of(
        rule.service().map(CellText::normalise).orElse(""),
        rule.transport().map(Object::toString).orElse(""),
        rule.ports().map(Object::toString).orElse(""),
        rule.direction().map(Object::toString).orElse(""),
        rule.source().map(CellText::normalise).orElse(""),
        rule.destination().map(CellText::normalise).orElse(""),
        extras);
  }

  private static String describe(PortRule rule) {
    StringBuilder text = new StringBuilder();
    rule.service().ifPresent(s -> text.append(s).append(' '));
    rule.transport().ifPresent(t -> text.append(t.id()).append('/'));
    text.append(rule.ports().orElseThrow());
    rule.direction().ifPresent(d -> text.append(' ').append(d.id()));
    return text.toString();
  }
}
