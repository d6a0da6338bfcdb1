package dev.portdoc.model.check;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import java.util.List;

/**
 * One validation rule over the model. Implementations are stateless and thread-safe; they report at
 * their {@link #defaultSeverity()} and the {@link Linter} applies configured overrides.
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
}
