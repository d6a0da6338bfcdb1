package dev.portdoc.model.check;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.Suppression;
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

  /**
   * A streaming lint of one tree: {@link Tree#add} each page (from any thread; the page's model can
   * be dropped afterwards), then {@link Tree#counted} once, then {@link Pending#findings} of each
   * page. The findings equal {@link #lintAll}'s.
   */
  public Tree newTree() {
    return new Tree();
  }

  /** One streaming lint: the tree's word counts so far. Thread-safe. */
  public final class Tree {

    private final TreeContext.Counter counter = new TreeContext.Counter();

    private Tree() {}

    /** Counts {@code document}'s words and runs what can be decided from the page alone. */
    public Pending add(Document document) {
      Objects.requireNonNull(document, "document must not be null");
      TreeContext page = counter.add(document);
      List<Severity> severities = new ArrayList<>();
      List<Check.Deferred> deferred = new ArrayList<>();
      for (Check check : checks) {
        Optional<Severity> severity = settings.severityOf(check);
        if (severity.isPresent()) {
          severities.add(severity.get());
          deferred.add(check.defer(document, page));
        }
      }
      return new Pending(document.suppressions(), severities, deferred);
    }

    /** The counts of every page added so far: call once all are in, then resolve each page. */
    public TreeContext counted() {
      return counter.counted();
    }
  }

  /** One page of a streaming lint until the tree is counted: its directives and checks' rests. */
  public static final class Pending {

    private final List<Suppression> suppressions;
    private final List<Severity> severities;
    private final List<Check.Deferred> deferred;

    private Pending(
        List<Suppression> suppressions, List<Severity> severities, List<Check.Deferred> deferred) {
      this.suppressions = suppressions;
      this.severities = List.copyOf(severities);
      this.deferred = List.copyOf(deferred);
    }

    /** The page's findings given the whole tree's counts, sorted by location. */
    public List<Diagnostic> findings(TreeContext tree) {
      Objects.requireNonNull(tree, "tree must not be null");
      List<Diagnostic> found = new ArrayList<>();
      for (int i = 0; i < deferred.size(); i++) {
        collect(deferred.get(i).resolve(tree), severities.get(i), suppressions, found);
      }
      found.sort(null);
      return List.copyOf(found);
    }
  }

  /** The findings for {@code document} as part of {@code tree}, sorted by location. */
  public List<Diagnostic> lint(Document document, TreeContext tree) {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(tree, "tree must not be null");
    List<Diagnostic> found = new ArrayList<>();
    for (Check check : checks) {
      Optional<Severity> severity = settings.severityOf(check);
      if (severity.isPresent()) {
        collect(check.check(document, tree), severity.get(), document.suppressions(), found);
      }
    }
    found.sort(null);
    return List.copyOf(found);
  }

  /** Adds to {@code into} the findings no directive silences, at the configured severity. */
  private static void collect(
      List<Diagnostic> findings,
      Severity severity,
      List<Suppression> suppressions,
      List<Diagnostic> into) {
    for (Diagnostic diagnostic : findings) {
      if (!suppresses(suppressions, diagnostic.ruleId(), diagnostic.location().line())) {
        into.add(diagnostic.withSeverity(severity));
      }
    }
  }

  private static boolean suppresses(List<Suppression> suppressions, String ruleId, int line) {
    for (Suppression suppression : suppressions) {
      if (suppression.covers(ruleId, line)) {
        return true;
      }
    }
    return false;
  }
}
