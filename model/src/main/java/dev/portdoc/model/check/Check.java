package dev.portdoc.model.check;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import java.util.List;

/**
 * One validation rule over the model. Implementations are stateless and thread-safe; they report at
 * their {@link #defaultSeverity()} and the {@link Linter} applies configured overrides and the
 * page's suppression directives.
 */
public interface Check {

  /** Stable rule id, such as {@code duplicate-row}; never changes once released. */
  String id();

  /** Severity used unless configuration says otherwise. */
  Severity defaultSeverity();

  /** One sentence for rule catalogues and help output. */
  String description();

  /** The findings for one document, in any order. */
  List<Diagnostic> check(Document document);

  /**
   * The findings for one document of a tree. Checks that judge words by how often the tree uses
   * them override this; the others ignore the tree.
   */
  default List<Diagnostic> check(Document document, TreeContext tree) {
    return check(document);
  }
}
