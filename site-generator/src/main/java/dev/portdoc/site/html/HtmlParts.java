package dev.portdoc.site.html;

import java.util.List;
import org.unbescape.html.HtmlEscape;

/**
 * The repetitive parts of the site written in Java instead of by the template engine: a table body
 * of a document page, a network diagram and the rows of the all-ports table. A large tree has tens
 * of thousands of rows, and evaluating a template's expressions for each of them was most of a
 * build's time. The text is exactly what the templates gave (same escaping, attributes and
 * whitespace). A template inserts a part with {@code th:utext} of its placeholder ({@link
 * #tablePlaceholder}, {@link #diagramPlaceholder}), which the output replaces by the part (see
 * {@link HtmlOutput}).
 */
final class HtmlParts {

  private static final String TABLE = "table:";
  private static final String DIAGRAM = "diagram:";

  private HtmlParts() {}

  /** Stands for {@link #tableBody} of the table with this anchor on its page. */
  static String tablePlaceholder(String anchor) {
    return HtmlOutput.placeholder(TABLE + anchor);
  }

  /** Stands for {@link #diagram} of the diagram with this id on its page. */
  static String diagramPlaceholder(String id) {
    return HtmlOutput.placeholder(DIAGRAM + id);
  }

  /** Writes the part {@code name} of the page of {@code view}; false when it has no such part. */
  static boolean insert(DocumentView view, String name, HtmlOutput out) {
    boolean table = name.startsWith(TABLE);
    boolean diagram = name.startsWith(DIAGRAM);
    for (DocumentView.DeploymentView deployment : view.deployments()) {
      if (diagram && deployment.diagram().isPresent()) {
        NetworkDiagram d = deployment.diagram().get();
        if (name.length() == DIAGRAM.length() + d.id().length() && name.endsWith(d.id())) {
          diagram(d, out);
          return true;
        }
      }
      for (DocumentView.TableView t : deployment.tables()) {
        if (table
            && name.length() == TABLE.length() + t.anchor().length()
            && name.endsWith(t.anchor())) {
          tableBody(t, out);
          return true;
        }
      }
    }
    return false;
  }

  /** Everything between {@code <tbody>} and {@code </tbody>} of a document page's table. */
  static void tableBody(DocumentView.TableView table, HtmlOutput out) {
    out.ascii("\n          ");
    for (DocumentView.RowView row : table.rows()) {
      out.ascii("\n            <tr");
      out.attribute("id", row.anchor());
      out.attribute("class", row.cssClass());
      out.ascii(">\n              <td class=\"anchor-col\"><a class=\"permalink\"");
      out.attribute("href", row.href());
      out.attribute("title", row.linkTitle());
      out.ascii(">#</a></td>\n              <td>");
      for (String badge : row.badges()) {
        out.ascii("<span");
        out.attribute("class", "badge " + badge);
        out.markup('>');
        out.text(badge);
        out.ascii("</span> ");
      }
      out.text(row.firstCell());
      out.ascii("</td>\n              ");
      List<String> cells = row.otherCells();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.ascii("\n              ");
        }
        out.ascii("<td>");
        out.text(cells.get(i));
        out.ascii("</td>");
      }
      out.ascii("\n            </tr>\n            ");
      if (!row.findings().isEmpty()) {
        out.ascii("<tr class=\"findings-row\">\n              <td></td>\n              <td");
        out.attribute("colspan", table.columns().size());
        out.ascii(">\n                <ul class=\"findings\">\n                  ");
        List<FindingView> findings = row.findings();
        for (int i = 0; i < findings.size(); i++) {
          FindingView finding = findings.get(i);
          if (i > 0) {
            out.ascii("\n                  ");
          }
          out.ascii("<li");
          out.attribute("class", finding.severity());
          out.ascii(">\n                    <span");
          out.attribute("class", "badge " + finding.severity());
          out.markup('>');
          out.text(finding.severity());
          out.ascii("</span>\n                    <code>");
          out.text(finding.rule());
          out.ascii("</code>\n                    <span>");
          out.text(finding.message());
          out.ascii("</span>\n                    <span class=\"pos\">");
          out.text("line " + finding.position());
          out.ascii("</span>\n                  </li>");
        }
        out.ascii("\n                </ul>\n              </td>\n            </tr>");
      }
      out.ascii("\n          ");
    }
    out.ascii("\n          ");
  }

  /** The rows of the all-ports table, each after a line break, as its template laid them out. */
  static void matrixRows(List<DocumentView.MatrixRow> rows, HtmlOutput row) {
    for (DocumentView.MatrixRow r : rows) {
      row.ascii("\n      <tr");
      row.attribute("class", r.cssClass());
      row.attribute("data-direction", r.direction());
      row.attribute("data-transport", r.transport());
      row.attribute("data-variant", r.variant());
      row.attribute("data-document", r.document());
      row.ascii(">\n        <td class=\"num\"");
      row.attribute("data-value", r.portSort());
      row.markup('>');
      row.text(r.port());
      row.ascii("</td>\n        <td>");
      row.text(r.transport());
      row.ascii("</td>\n        <td><span");
      row.attribute("class", r.directionClass());
      row.markup('>');
      row.text(r.direction());
      row.ascii("</span></td>\n        <td>");
      row.text(r.service());
      row.ascii("</td>\n        <td>");
      if (r.deprecated()) {
        row.ascii("<span class=\"badge deprecated\">deprecated</span> ");
      }
      row.text(r.purpose());
      row.ascii("</td>\n        <td>");
      row.text(r.variant());
      row.ascii("</td>\n        <td><a");
      row.attribute("href", r.href());
      row.markup('>');
      // the parts of r.where() apart: the separator is markup, and the text before it ASCII
      row.text(r.document());
      row.markup(" \u203a ");
      row.text(r.context());
      row.ascii("</a></td>\n      </tr>");
    }
  }

  /** A deployment's network diagram: the {@code <figure>} with its SVG, caption and legend. */
  static void diagram(NetworkDiagram d, HtmlOutput out) {
    out.ascii("<figure class=\"diagram\"");
    out.attribute("id", d.id());
    out.ascii(">\n  <div class=\"scroll\" tabindex=\"0\"");
    out.attribute("aria-label", d.title());
    out.ascii(">\n    <svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
    out.attribute("viewBox", "0 0 " + d.width() + " " + d.height());
    out.attribute("width", d.width());
    out.attribute("height", d.height());
    out.attribute("aria-labelledby", d.id() + "-title");
    out.ascii(">\n      <title");
    out.attribute("id", d.id() + "-title");
    out.markup('>');
    out.text(d.title());
    out.ascii("</title>\n      <defs>");
    for (String direction : new String[] {"inbound", "outbound"}) {
      out.ascii("\n        <marker");
      out.attribute("id", d.id() + "-" + direction);
      out.ascii(
          " viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"12\""
              + " markerHeight=\"12\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">\n"
              + "          <path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead ");
      out.ascii(direction);
      out.ascii("\"/>\n        </marker>");
    }
    out.ascii("\n      </defs>\n      ");
    for (NetworkDiagram.Line head : d.columnHeads()) {
      out.ascii("<text class=\"column-head\"");
      position(out, head);
      out.markup('>');
      out.text(head.text());
      out.ascii("</text>");
    }
    out.ascii("\n      ");
    for (NetworkDiagram.Box box : d.boxes()) {
      out.ascii("<g");
      out.attribute("class", "box " + box.kind());
      out.ascii(">\n        <title>");
      out.text(box.name());
      out.ascii("</title>\n        <rect rx=\"6\"");
      out.attribute("x", box.x());
      out.attribute("y", box.y());
      out.attribute("width", box.w());
      out.attribute("height", box.h());
      out.ascii("/>\n        <text>");
      tspans(out, box.lines());
      out.ascii("</text>\n      </g>");
    }
    out.ascii("\n      ");
    for (NetworkDiagram.Arrow arrow : d.arrows()) {
      out.ascii("<g");
      out.attribute("class", "arrow " + arrow.direction());
      out.ascii(">\n        <title>");
      out.text(arrow.title());
      out.ascii("</title>\n        <line");
      out.attribute("x1", arrow.x1());
      out.attribute("y1", arrow.y1());
      out.attribute("x2", arrow.x2());
      out.attribute("y2", arrow.y2());
      out.attribute("marker-end", "url(#" + d.id() + "-" + arrow.direction() + ")");
      out.ascii("/>\n        <text class=\"label\">");
      tspans(out, arrow.label());
      out.ascii("</text>\n      </g>");
    }
    out.ascii("\n    </svg>\n  </div>\n  <figcaption>\n    <span>");
    out.text(d.title());
    out.ascii(
        "</span>\n    <span class=\"legend\"><span class=\"key inbound\">inbound</span>"
            + " <span class=\"key outbound\">outbound</span></span>\n    ");
    if (!d.note().isEmpty()) {
      out.ascii("<span class=\"note\">");
      out.text(d.note());
      out.ascii("</span>");
    }
    out.ascii("\n  </figcaption>\n</figure>");
  }

  private static void tspans(HtmlOutput out, List<NetworkDiagram.Line> lines) {
    for (NetworkDiagram.Line line : lines) {
      out.ascii("<tspan");
      position(out, line);
      out.markup('>');
      out.text(line.text());
      out.ascii("</tspan>");
    }
  }

  private static void position(HtmlOutput out, NetworkDiagram.Line line) {
    out.attribute("x", line.x());
    out.attribute("y", line.y());
  }

  /**
   * Escapes with the template engine's own escaper (unbescape's {@code escapeHtml4Xml}): the five
   * markup-significant characters {@code & < > " '}, NUL and lone surrogates.
   */
  static void escape(StringBuilder out, String text) {
    // most text has nothing to escape: one scan, and the escaper only for the rest
    out.append(needsNoEscape(text) ? text : HtmlEscape.escapeHtml4Xml(text));
  }

  /**
   * True when the escaper would give {@code text} back as it is: printable ASCII other than the
   * markup characters, and characters beyond ASCII that are not surrogates. Anything else (control
   * characters included) is left to the escaper.
   */
  static boolean needsNoEscape(String text) {
    return needsNoEscape(text.toCharArray());
  }

  /** {@link #needsNoEscape(String)} of the text of {@code text}. */
  static boolean needsNoEscape(char[] text) {
    for (char c : text) {
      if (c < 0x80 ? escapedAscii(c) : Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII characters left to the escaper: control characters, DEL and {@code & < > " '}. */
  private static final boolean[] ESCAPED_ASCII = new boolean[0x80];

  static {
    for (int c = 0; c < ' '; c++) {
      ESCAPED_ASCII[c] = true;
    }
    for (char c : "&<>\"'\u007f".toCharArray()) {
      ESCAPED_ASCII[c] = true;
    }
  }

  /**
   * True for an ASCII character left to the escaper, and for a negative value (a byte beyond
   * ASCII); false from U+0080 on. Small enough for C1 to inline into the loops that call it.
   */
  static boolean escapedAscii(int c) {
    return c < 0 || (c < 0x80 && ESCAPED_ASCII[c]);
  }
}
