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

  /**
   * The page pass of a streaming lint ({@link Linter#newTree()}): what can be decided from {@code
   * document} alone, and the rest as a {@link Deferred} finished once every page is counted. Its
   * findings must equal {@link #check(Document, TreeContext)}'s, in the same order. {@code page}
   * counts this page's own words: a lower bound of the tree's counts.
   *
   * <p>This default keeps the whole document until then; a check that ignores the tree should
   * return {@link Deferred#done}, and one that needs it should keep only its suspects, so that a
   * large tree's models need not all stay in memory.
   */
  default Deferred defer(Document document, TreeContext page) {
    return tree -> check(document, tree);
  }

  /** What remains of one check on one page until the whole tree is counted. */
  @FunctionalInterface
  interface Deferred {

    /** The findings, given the counts of the whole tree. */
    List<Diagnostic> resolve(TreeContext tree);

    /** Findings already known, whatever the tree holds. */
    static Deferred done(List<Diagnostic> findings) {
      if (findings.isEmpty()) {
        return NOTHING; // most checks find nothing on most pages: share one
      }
      List<Diagnostic> copy = List.copyOf(findings);
      return tree -> copy;
    }

    /** No findings. */
    Deferred NOTHING = tree -> List.of();
  }
}
