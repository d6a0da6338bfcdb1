package dev.portdoc.model.doc;

import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.source.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of port requirements with its context.
 *
 * @param headingPath texts of the headings above the table, outermost first
 * @param variant the tab the table sits in (a Docusaurus {@code <TabItem>} label), if any
 * @param columns the header cells
 * @param rows the body rows
 * @param location where the header row starts
 */
public record PortTable(
    List<String> headingPath,
    Optional<String> variant,
    List<TableColumn> columns,
    List<TableRow> rows,
    SourceLocation location) {

  public PortTable {
    headingPath = List.copyOf(headingPath);
    Objects.requireNonNull(variant, "variant must not be null");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    Objects.requireNonNull(location, "location must not be null");
  }

  /** Every rule of every row, in row order. */
  public List<PortRule> rules() {
    return rows.stream().flatMap(row -> row.rules().stream()).toList();
  }

  /** {@code SaaS Managed > Management Platform}, with the variant in brackets when there is one. */
  public String context() {
    String path = String.join(" > ", headingPath);
    return variant.map(v -> path.isEmpty() ? "[" + v + "]" : path + " [" + v + "]").orElse(path);
  }
}
