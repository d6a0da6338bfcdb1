package dev.portdoc.cli;

import dev.portdoc.model.check.Linter;
import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The findings of one run, by document path in input order, and the documents when the command
 * needs them (a site): {@code lint} keeps none.
 */
record LintRun(List<Document> documents, Map<String, List<Diagnostic>> findings) {

  LintRun {
    documents = List.copyOf(documents);
    findings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(findings));
  }

  /** Lints {@code documents} with {@code linter}, all at once. */
  static LintRun of(List<Document> documents, Linter linter) {
    Map<String, List<Diagnostic>> findings = new LinkedHashMap<>();
    // one tree: checks that weigh words by how often the tree uses them see every page
    List<List<Diagnostic>> perDocument = linter.lintAll(documents);
    for (int i = 0; i < documents.size(); i++) {
      findings.put(documents.get(i).path(), perDocument.get(i));
    }
    return new LintRun(documents, findings);
  }

  /**
   * Reads, parses and lints {@code pages} in one parallel pass, each page's model dropped once its
   * checks have run and its words are counted, unless {@code keepDocuments} (a site needs them).
   * The findings equal {@link #of}'s over the same pages.
   */
  static LintRun stream(
      DocsLoader loader, List<DocsLoader.Page> pages, Linter linter, boolean keepDocuments) {
    return stream(loader, pages, linter, keepDocuments, document -> {});
  }

  /**
   * As {@link #stream(DocsLoader, List, Linter, boolean)}, giving each page's model to {@code
   * onParsed} as soon as it exists, on the thread that parsed it (several at once): for work that
   * needs the page alone, done while the other pages are parsed.
   */
  static LintRun stream(
      DocsLoader loader,
      List<DocsLoader.Page> pages,
      Linter linter,
      boolean keepDocuments,
      Consumer<Document> onParsed) {
    Linter.Tree tree = linter.newTree();
    List<Linted> linted =
        pages.parallelStream()
            .map(
                page -> {
                  Document document = loader.parse(page);
                  Linted one =
                      new Linted(
                          document.path(), tree.add(document), keepDocuments ? document : null);
                  onParsed.accept(document);
                  return one;
                })
            .toList();
    TreeContext counted = tree.counted();
    List<List<Diagnostic>> perPage =
        linted.parallelStream().map(page -> page.pending().findings(counted)).toList();
    Map<String, List<Diagnostic>> findings = new LinkedHashMap<>();
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < linted.size(); i++) {
      findings.put(linted.get(i).path(), perPage.get(i));
      if (keepDocuments) {
        documents.add(linted.get(i).document());
      }
    }
    return new LintRun(documents, findings);
  }

  /** A page between its own pass and the tree's: the model only when kept. */
  private record Linted(String path, Linter.Pending pending, Document document) {}

  /** The same run keeping only the findings whose line {@code changed} accepts. */
  LintRun onlyChanged(java.util.function.BiPredicate<String, Integer> changed) {
    Map<String, List<Diagnostic>> kept = new LinkedHashMap<>();
    findings.forEach(
        (file, list) ->
            kept.put(
                file,
                list.stream()
                    .filter(d -> changed.test(d.location().file(), d.location().line()))
                    .toList()));
    return new LintRun(documents, kept);
  }

  /**
   * This run with {@code extra} findings (such as {@code parse-error}) added to their files, each
   * file's findings in location order.
   */
  LintRun withFindings(Map<String, List<Diagnostic>> extra) {
    Map<String, List<Diagnostic>> merged = new LinkedHashMap<>(findings);
    extra.forEach(
        (file, diagnostics) -> {
          List<Diagnostic> all = new ArrayList<>(merged.getOrDefault(file, List.of()));
          all.addAll(diagnostics);
          all.sort(null);
          merged.put(file, List.copyOf(all));
        });
    return new LintRun(documents, merged);
  }

  /** Every finding, file by file. */
  List<Diagnostic> all() {
    List<Diagnostic> all = new ArrayList<>();
    findings.values().forEach(all::addAll);
    return all;
  }

  long count(Severity severity) {
    return all().stream().filter(d -> d.severity() == severity).count();
  }

  /** True when some finding is at least as severe as {@code threshold}. */
  boolean fails(FailOn threshold) {
    return threshold.severity().isPresent()
        && all().stream().anyMatch(d -> d.severity().isAtLeast(threshold.severity().get()));
  }
}
