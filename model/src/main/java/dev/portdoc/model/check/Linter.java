package dev.portdoc.model.check;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Runs a set of checks on documents. Immutable and thread-safe. */
public final class Linter {

  private final List<Check> checks;
  private final RuleSettings settings;

  private Linter(List<Check> checks, RuleSettings settings) {
    this.checks = List.copyOf(checks);
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
  }

  /** A linter with the given checks and settings. */
  public static Linter of(List<Check> checks, RuleSettings settings) {
    return new Linter(checks, settings);
  }

  /** The same checks under other settings. */
  public Linter withSettings(RuleSettings newSettings) {
    return new Linter(checks, newSettings);
  }

  public List<Check> checks() {
    return checks;
  }

  /** The findings for {@code document} on its own (the page is its own tree), sorted. */
  public List<Diagnostic> lint(Document document) {
    Objects.requireNonNull(document, "document must not be null");
    return lint(document, TreeContext.of(List.of(document)));
  }

  /** The findings for each of {@code documents}, judged as one tree; same order as given. */
  public List<List<Diagnostic>> lintAll(List<Document> documents) {
    TreeContext tree = TreeContext.of(documents);
    return documents.parallelStream().map(d -> lint(d, tree)).toList();
  }

  /** The findings for {@code document} as part of {@code tree}, sorted by location. */
  public List<Diagnostic> lint(Document document, TreeContext tree) {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(tree, "tree must not be null");
    List<Diagnostic> found = new ArrayList<>();
    for (Check check : checks) {
      Optional<Severity> severity = settings.severityOf(check);
      if (severity.isEmpty()) {
        continue;
      }
      for (Diagnostic diagnostic : check.check(document, tree)) {
        if (!document.suppresses(diagnostic.ruleId(), diagnostic.location().line())) {
          found.add(diagnostic.withSeverity(severity.get()));
        }
      }
    }
    found.sort(null);
    return List.copyOf(found);
  }
}
