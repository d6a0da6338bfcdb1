package dev.portdoc.site.html;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;
import dev.portdoc.site.SitePaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the site shows of one document, computed once and shared by its page, the all-ports
 * matrix, the lint report and the index.
 *
 * @param page the document's HTML page relative to the output folder (not encoded)
 * @param spec its YAML spec relative to the output folder (not encoded)
 * @param description empty when the front matter has none
 * @param pageFindings findings at no table row, links relative to the page
 * @param findings all findings of the document, links relative to the output folder
 */
public record DocumentView(
    String title,
    String description,
    String path,
    String page,
    String spec,
    int tableCount,
    int ruleCount,
    int errors,
    int warnings,
    int infos,
    List<DeploymentView> deployments,
    List<FindingView> pageFindings,
    List<FindingView> findings,
    List<MatrixRow> matrix) {

  /** This view without its tables: what the whole-tree pages need once the page is written. */
  DocumentView withoutTables() {
    return new DocumentView(
        title,
        description,
        path,
        page,
        spec,
        tableCount,
        ruleCount,
        errors,
        warnings,
        infos,
        List.of(),
        pageFindings,
        findings,
        matrix);
  }

  /** The page as a link from the output folder. */
  public String pageHref() {
    return Hrefs.encodePath(page);
  }

  /** The spec as a link from the output folder. */
  public String specHref() {
    return Hrefs.encodePath(spec);
  }

  /** The tables under one first-level context heading, with their diagram. */
  public record DeploymentView(
      String name, String anchor, Optional<NetworkDiagram> diagram, List<TableView> tables) {

    /** Where the page shows the diagram; empty when there is none. */
    public String diagramHtml() {
      return diagram.map(d -> HtmlParts.diagramPlaceholder(d.id())).orElse("");
    }
  }

  /**
   * One table as its page shows it.
   *
   * @param component the headings below the deployment's, empty when none
   * @param variant the tab the table sits in, empty when none
   */
  public record TableView(
      String anchor,
      String component,
      String variant,
      String caption,
      List<String> columns,
      List<RowView> rows,
      int line) {

    /** Where the page shows the table's rows (see {@link HtmlParts}). */
    public String body() {
      return HtmlParts.tablePlaceholder(anchor);
    }
  }

  /**
   * One body row, with what the template needs precomputed: the template engine evaluates every
   * expression once per row, and there are tens of thousands of rows in a large tree.
   *
   * @param cssClass {@code null} for none, so that the attribute is left out
   * @param badges {@code deprecated}, {@code optional}: shown in the first cell
   * @param firstCell the first cell's text; {@code otherCells} the rest, padded to the columns
   */
  public record RowView(
      String anchor,
      String href,
      String linkTitle,
      String cssClass,
      List<String> badges,
      String firstCell,
      List<String> otherCells,
      int line,
      List<FindingView> findings) {

    /** Every cell's text, in column order. */
    public List<String> cells() {
      List<String> cells = new ArrayList<>();
      cells.add(firstCell);
      cells.addAll(otherCells);
      return cells;
    }
  }

  /** One rule in the all-ports matrix; {@code href} is relative to the output folder. */
  public record MatrixRow(
      String port,
      int portSort,
      String transport,
      String direction,
      String service,
      String purpose,
      String variant,
      String document,
      String context,
      String href,
      boolean deprecated) {

    /** {@code deprecated} or {@code null} for no class attribute. */
    public String cssClass() {
      return deprecated ? "deprecated" : null;
    }

    /** {@code dir inbound}. */
    public String directionClass() {
      return direction.isEmpty() ? "dir" : "dir " + direction;
    }

    /** {@code Network Communication and Ports › SaaS Managed > Management Platform}. */
    public String where() {
      return document + " › " + context;
    }
  }

  /** The view of {@code document}, whose output files are named after {@code name}. */
  static DocumentView of(Document document, List<Diagnostic> unsorted, String name) {
    List<Diagnostic> findings = unsorted.stream().sorted().toList();
    String page = SitePaths.htmlPage(name);
    String title = document.title().orElse(document.path());
    Set<String> ids = new HashSet<>();
    Map<Integer, String> anchorByLine = new HashMap<>();
    Map<Integer, List<Diagnostic>> findingsByLine = new HashMap<>();
    for (Diagnostic finding : findings) {
      findingsByLine
          .computeIfAbsent(finding.location().line(), k -> new ArrayList<>())
          .add(finding);
    }
    String pageHref = Hrefs.encodePath(page);

    Map<String, List<PortTable>> byDeployment = new LinkedHashMap<>();
    for (PortTable table : document.tables()) {
      byDeployment
          .computeIfAbsent(
              table.headingPath().isEmpty() ? "" : table.headingPath().get(0),
              k -> new ArrayList<>())
          .add(table);
    }

    List<DeploymentView> deployments = new ArrayList<>();
    List<MatrixRow> matrix = new ArrayList<>();
    Set<Integer> rowLines = new HashSet<>();
    int rules = 0;
    for (Map.Entry<String, List<PortTable>> entry : byDeployment.entrySet()) {
      String deployment = entry.getKey().isEmpty() ? title : entry.getKey();
      List<TableView> tables = new ArrayList<>();
      List<String> componentOf = new ArrayList<>();
      for (PortTable table : entry.getValue()) {
        List<String> path = table.headingPath();
        String component = path.size() <= 1 ? "" : String.join(" > ", path.subList(1, path.size()));
        String variant = table.variant().orElse("");
        // tab variants are alternatives, so each gets its own box
        String box = component.isEmpty() ? deployment : component;
        componentOf.add(variant.isEmpty() ? box : box + " [" + variant + "]");
        String tableContext = table.context();
        String context = tableContext.isEmpty() ? title : tableContext;
        // the rows' anchors begin with the table's slug
        String anchorPrefix = SitePaths.slug(tableContext.isEmpty() ? "page" : tableContext) + "--";
        int columns = Math.max(1, table.columns().size());
        List<RowView> rows = new ArrayList<>(table.rows().size());
        for (TableRow row : table.rows()) {
          String anchor = unique(ids, anchorPrefix + rowAnchor(row));
          anchorByLine.putIfAbsent(row.line(), anchor);
          rowLines.add(row.line());
          List<String> cells = new ArrayList<>(Math.max(columns, row.cells().size()));
          for (Cell cell : row.cells()) {
            cells.add(cell.text());
          }
          while (cells.size() < columns) {
            cells.add("");
          }
          boolean deprecated = false;
          boolean optional = false;
          for (PortRule rule : row.rules()) {
            deprecated |= rule.deprecated();
            optional |= rule.optional();
          }
          List<String> badges =
              deprecated
                  ? (optional ? List.of("deprecated", "optional") : List.of("deprecated"))
                  : (optional ? List.of("optional") : List.of());
          List<FindingView> own = new ArrayList<>();
          for (Diagnostic finding : findingsByLine.getOrDefault(row.line(), List.of())) {
            own.add(FindingView.of(finding, "#" + anchor));
          }
          String cssClass =
              (deprecated ? "deprecated " : "") + (own.isEmpty() ? "" : "has-findings");
          rows.add(
              new RowView(
                  anchor,
                  "#" + anchor,
                  "Link to this row (line " + row.line() + ")",
                  cssClass.isBlank() ? null : cssClass.strip(),
                  badges,
                  cells.get(0),
                  List.copyOf(cells.subList(1, cells.size())),
                  row.line(),
                  List.copyOf(own)));
          for (PortRule rule : row.rules()) {
            rules++;
            matrix.add(matrixRow(rule, variant, title, context, pageHref + "#" + anchor));
          }
        }
        tables.add(
            new TableView(
                unique(ids, "t-" + SitePaths.slug(context)),
                component,
                variant,
                context,
                table.columns().stream().map(TableColumn::name).toList(),
                rows,
                table.location().line()));
      }
      String anchor = unique(ids, "d-" + SitePaths.slug(deployment));
      deployments.add(
          new DeploymentView(
              deployment,
              anchor,
              NetworkDiagram.of(anchor + "-diagram", deployment, entry.getValue(), componentOf),
              tables));
    }

    List<FindingView> pageFindings = new ArrayList<>();
    List<FindingView> all = new ArrayList<>();
    for (Diagnostic finding : findings) {
      String anchor = anchorByLine.get(finding.location().line());
      if (!rowLines.contains(finding.location().line())) {
        pageFindings.add(FindingView.of(finding, "#top"));
      }
      all.add(FindingView.of(finding, anchor == null ? pageHref : pageHref + "#" + anchor));
    }
    return new DocumentView(
        title,
        document.description().orElse(""),
        document.path(),
        page,
        SitePaths.yamlSpec(name),
        document.tables().size(),
        rules,
        count(findings, Severity.ERROR),
        count(findings, Severity.WARNING),
        count(findings, Severity.INFO),
        deployments,
        pageFindings,
        all,
        matrix);
  }

  private static int count(List<Diagnostic> findings, Severity severity) {
    return (int) findings.stream().filter(d -> d.severity() == severity).count();
  }

  private static MatrixRow matrixRow(
      PortRule rule, String variant, String document, String context, String href) {
    return new MatrixRow(
        rule.ports().map(Object::toString).orElse("—"),
        rule.ports().map(p -> p.start()).orElse(-1),
        rule.transport().map(Transport::id).orElse(""),
        rule.direction().map(Direction::id).orElse(""),
        rule.service().orElse(""),
        rule.purpose(),
        variant,
        document,
        context,
        href,
        rule.deprecated());
  }

  /**
   * {@code https-tcp-443-inbound}, after the table's slug and {@code --}: stable across line edits.
   */
  private static String rowAnchor(TableRow row) {
    if (row.rules().isEmpty()) {
      return "line-" + row.line();
    }
    PortRule rule = row.rules().get(0);
    String key =
        rule.service().orElse("")
            + " "
            + rule.transport().map(Transport::id).orElse("")
            + " "
            + rule.ports().map(Object::toString).orElse("")
            + " "
            + rule.direction().map(Direction::id).orElse("");
    return SitePaths.slug(key);
  }

  private static String unique(Set<String> ids, String wanted) {
    String id = wanted;
    for (int n = 2; !ids.add(id); n++) {
      id = wanted + "-" + n;
    }
    return id;
  }
}
