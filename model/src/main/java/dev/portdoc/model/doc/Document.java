package dev.portdoc.model.doc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One documentation page.
 *
 * @param path the file as the user named it; also the {@code file} of every location in it
 * @param title the front matter title, if any
 * @param description the front matter description, if any
 * @param headings every heading in source order
 * @param tables the port tables in source order (tables that hold no ports are left out)
 * @param prose heading and paragraph text, for checks on wording
 * @param suppressions the page's {@code portdoc-disable} directives, in source order
 */
public record Document(
    String path,
    Optional<String> title,
    Optional<String> description,
    List<Heading> headings,
    List<PortTable> tables,
    List<TextRun> prose,
    List<Suppression> suppressions) {

  public Document {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(description, "description must not be null");
    headings = List.copyOf(headings);
    tables = List.copyOf(tables);
    prose = List.copyOf(prose);
    suppressions = List.copyOf(suppressions);
  }

  /** A page without suppression directives. */
  public Document(
      String path,
      Optional<String> title,
      Optional<String> description,
      List<Heading> headings,
      List<PortTable> tables,
      List<TextRun> prose) {
    this(path, title, description, headings, tables, prose, List.of());
  }

  /** The same page with these suppression directives. */
  public Document withSuppressions(List<Suppression> newSuppressions) {
    return new Document(path, title, description, headings, tables, prose, newSuppressions);
  }

  /** True when a directive of this page silences {@code ruleId} on {@code line}. */
  public boolean suppresses(String ruleId, int line) {
    return suppressions.stream().anyMatch(s -> s.covers(ruleId, line));
  }
}
