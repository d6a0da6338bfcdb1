package dev.portdoc.site.yaml;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.Heading;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A spec file seen as a {@link Document}, so that {@code lint} runs the same checks on it as on a
 * page: each component (and variant) is a table with {@code Port | Direction | Purpose | Source |
 * Destination} columns, each rule a row whose cells hold the Markdown notation of its values, and
 * every location points into the YAML file.
 */
public final class SpecDocument {

  private static final List<String> COLUMNS =
      List.of("Port", "Direction", "Purpose", "Source", "Destination");
  private static final List<ColumnRole> ROLES =
      List.of(
          ColumnRole.PORT,
          ColumnRole.DIRECTION,
          ColumnRole.PURPOSE,
          ColumnRole.SOURCE,
          ColumnRole.DESTINATION);

  private SpecDocument() {}

  /** The document of a spec read from {@code path}. */
  public static Document of(String path, YamlSpecReader.Read read) {
    List<Heading> headings = new ArrayList<>();
    List<PortTable> tables = new ArrayList<>();
    int index = 0;
    for (PortSpec.Deployment deployment : read.spec().deployments()) {
      for (PortSpec.Component component : deployment.components()) {
        List<TableRow> rows = new ArrayList<>();
        Optional<String> variant = Optional.empty();
        SourceLocation tableStart = null;
        for (PortSpec.Rule rule : component.rules()) {
          YamlSpecReader.RuleMarks marks = read.marks().get(index++);
          Optional<String> ruleVariant = rule.variants().stream().findFirst();
          if (tableStart == null) {
            tableStart = marks.rule();
            variant = ruleVariant;
            addHeadings(headings, deployment, component, marks);
          } else if (!ruleVariant.equals(variant)) {
            tables.add(table(deployment, component, variant, rows, tableStart));
            rows = new ArrayList<>();
            tableStart = marks.rule();
            variant = ruleVariant;
          }
          rows.add(row(rule, marks));
        }
        if (tableStart != null) {
          tables.add(table(deployment, component, variant, rows, tableStart));
        }
      }
    }
    return new Document(
        path, read.spec().source().title(), Optional.empty(), headings, tables, List.of());
  }

  private static void addHeadings(
      List<Heading> headings,
      PortSpec.Deployment deployment,
      PortSpec.Component component,
      YamlSpecReader.RuleMarks marks) {
    if (headings.stream().noneMatch(h -> h.location().equals(marks.deployment()))) {
      headings.add(new Heading(2, deployment.name(), marks.deployment()));
    }
    headings.add(new Heading(3, component.name(), marks.component()));
  }

  private static PortTable table(
      PortSpec.Deployment deployment,
      PortSpec.Component component,
      Optional<String> variant,
      List<TableRow> rows,
      SourceLocation start) {
    List<TableColumn> columns = new ArrayList<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      columns.add(new TableColumn(COLUMNS.get(i), ROLES.get(i), start));
    }
    return new PortTable(
        List.of(deployment.name(), component.name()), variant, columns, rows, start);
  }

  private static TableRow row(PortSpec.Rule rule, YamlSpecReader.RuleMarks marks) {
    List<Cell> cells =
        List.of(
            cell(SpecCells.port(rule, false), marks.port()),
            cell(SpecCells.direction(rule), marks.direction()),
            cell(rule.purpose(), marks.purpose()),
            cell(rule.source().orElse(""), marks.source()),
            cell(rule.destination().orElse(""), marks.destination()));
    PortRule portRule =
        PortRule.at(marks.rule())
            .service(rule.service())
            .transport(rule.transport())
            .ports(rule.ports())
            .direction(rule.direction())
            .purpose(rule.purpose())
            .source(rule.source())
            .destination(rule.destination())
            .deprecated(rule.deprecated())
            .optional(rule.optional())
            .build();
    return new TableRow(cells, List.of(portRule), marks.rule());
  }

  private static Cell cell(String text, SourceLocation location) {
    return new Cell(text, text, location);
  }
}
