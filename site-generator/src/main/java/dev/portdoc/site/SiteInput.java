package dev.portdoc.site;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a build renders: the documents, their findings, and the source root whose prefix is taken
 * off document paths to name output files ({@code content/docs/a.md} under root {@code content}
 * gives {@code pages/docs/a.html}).
 *
 * @param findings diagnostics by document path
 * @param sourceRoot the folder the user built, as written in document paths; empty for none
 */
public record SiteInput(
    List<Document> documents, Map<String, List<Diagnostic>> findings, String sourceRoot) {

  public SiteInput {
    documents = List.copyOf(documents);
    findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    Objects.requireNonNull(sourceRoot, "sourceRoot must not be null");
  }

  /** The findings of one document. */
  public List<Diagnostic> findingsOf(Document document) {
    return findings.getOrDefault(document.path(), List.of());
  }

  /** The document's path below the source root: the name of its output files. */
  public String outputName(Document document) {
    return outputName(document.path(), sourceRoot);
  }

  /** The output name of a document at {@code documentPath} built from {@code sourceRoot}. */
  static String outputName(String documentPath, String sourceRoot) {
    String path = documentPath.replace('\\', '/');
    String root = sourceRoot.replace('\\', '/');
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    if (!root.isEmpty() && !root.equals(".") && path.startsWith(root + "/")) {
      return path.substring(root.length() + 1);
    }
    return path;
  }
}
