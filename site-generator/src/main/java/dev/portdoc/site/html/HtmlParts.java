package dev.portdoc.site.html;

import java.util.List;
import org.unbescape.html.HtmlEscape;

/**
 * The repetitive parts of the site written in Java instead of by the template engine: a table body
 * of a document page, a network diagram and the rows of the all-ports table. A large tree has tens
 * of thousands of rows, and evaluating a template's expressions for each of them was most of a
 * build's time. The text is exactly what the templates gave (same escaping, attributes and
 * whitespace), so the templates insert it unescaped.
 */
final class HtmlParts {

  private HtmlParts() {}

  /** Everything between {@code <tbody>} and {@code </tbody>} of a document page's table. */
  static String tableBody(DocumentView.TableView table) {
    StringBuilder out = new StringBuilder(256 * (table.rows().size() + 1));
    out.append("\n          ");
    for (DocumentView.RowView row : table.rows()) {
      out.append("\n            <tr");
      attribute(out, "id", row.anchor());
      attribute(out, "class", row.cssClass());
      out.append(">\n              <td class=\"anchor-col\"><a class=\"permalink\"");
      attribute(out, "href", row.href());
      attribute(out, "title", row.linkTitle());
      out.append(">#</a></td>\n              <td>");
      for (String badge : row.badges()) {
        out.append("<span");
        attribute(out, "class", "badge " + badge);
        out.append('>');
        escape(out, badge);
        out.append("</span> ");
      }
      escape(out, row.firstCell());
      out.append("</td>\n              ");
      List<String> cells = row.otherCells();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.append("\n              ");
        }
        out.append("<td>");
        escape(out, cells.get(i));
        out.append("</td>");
      }
      out.append("\n            </tr>\n            ");
      if (!row.findings().isEmpty()) {
        out.append("<tr class=\"findings-row\">\n              <td></td>\n              <td");
        attribute(out, "colspan", Integer.toString(table.columns().size()));
        out.append(">\n                <ul class=\"findings\">\n                  ");
        List<FindingView> findings = row.findings();
        for (int i = 0; i < findings.size(); i++) {
          FindingView finding = findings.get(i);
          if (i > 0) {
            out.append("\n                  ");
          }
          out.append("<li");
          attribute(out, "class", finding.severity());
          out.append(">\n                    <span");
          attribute(out, "class", "badge " + finding.severity());
          out.append('>');
          escape(out, finding.severity());
          out.append("</span>\n                    <code>");
          escape(out, finding.rule());
          out.append("</code>\n                    <span>");
          escape(out, finding.message());
          out.append("</span>\n                    <span class=\"pos\">");
          escape(out, "line " + finding.position());
          out.append("</span>\n                  </li>");
        }
        out.append("\n                </ul>\n              </td>\n            </tr>");
      }
      out.append("\n          ");
    }
    out.append("\n          ");
    return out.toString();
  }

  /** The rows of the all-ports table, each after a line break, as its template laid them out. */
  static String matrixRows(List<DocumentView.MatrixRow> rows) {
    StringBuilder row = new StringBuilder(512 * rows.size());
    for (DocumentView.MatrixRow r : rows) {
      row.append("\n      <tr");
      attribute(row, "class", r.cssClass());
      attribute(row, "data-direction", r.direction());
      attribute(row, "data-transport", r.transport());
      attribute(row, "data-variant", r.variant());
      attribute(row, "data-document", r.document());
      row.append(">\n        <td class=\"num\"");
      attribute(row, "data-value", Integer.toString(r.portSort()));
      row.append('>');
      escape(row, r.port());
      row.append("</td>\n        <td>");
      escape(row, r.transport());
      row.append("</td>\n        <td><span");
      attribute(row, "class", r.directionClass());
      row.append('>');
      escape(row, r.direction());
      row.append("</span></td>\n        <td>");
      escape(row, r.service());
      row.append("</td>\n        <td>");
      if (r.deprecated()) {
        row.append("<span class=\"badge deprecated\">deprecated</span> ");
      }
      escape(row, r.purpose());
      row.append("</td>\n        <td>");
      escape(row, r.variant());
      row.append("</td>\n        <td><a");
      attribute(row, "href", r.href());
      row.append('>');
      escape(row, r.where());
      row.append("</a></td>\n      </tr>");
    }
    return row.toString();
  }

  /** A deployment's network diagram: the {@code <figure>} with its SVG, caption and legend. */
  static String diagram(NetworkDiagram d) {
    StringBuilder out = new StringBuilder(4096);
    out.append("<figure class=\"diagram\"");
    attribute(out, "id", d.id());
    out.append(">\n  <div class=\"scroll\" tabindex=\"0\"");
    attribute(out, "aria-label", d.title());
    out.append(">\n    <svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
    attribute(out, "viewBox", "0 0 " + d.width() + " " + d.height());
    attribute(out, "width", Integer.toString(d.width()));
    attribute(out, "height", Integer.toString(d.height()));
    attribute(out, "aria-labelledby", d.id() + "-title");
    out.append(">\n      <title");
    attribute(out, "id", d.id() + "-title");
    out.append('>');
    escape(out, d.title());
    out.append("</title>\n      <defs>");
    for (String direction : new String[] {"inbound", "outbound"}) {
      out.append("\n        <marker");
      attribute(out, "id", d.id() + "-" + direction);
      out.append(
              " viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"12\""
                  + " markerHeight=\"12\" orient=\"auto\" markerUnits=\"userSpaceOnUse\">\n"
                  + "          <path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead ")
          .append(direction)
          .append("\"/>\n        </marker>");
    }
    out.append("\n      </defs>\n      ");
    for (NetworkDiagram.Line head : d.columnHeads()) {
      out.append("<text class=\"column-head\"");
      position(out, head);
      out.append('>');
      escape(out, head.text());
      out.append("</text>");
    }
    out.append("\n      ");
    for (NetworkDiagram.Box box : d.boxes()) {
      out.append("<g");
      attribute(out, "class", "box " + box.kind());
      out.append(">\n        <title>");
      escape(out, box.name());
      out.append("</title>\n        <rect rx=\"6\"");
      attribute(out, "x", Integer.toString(box.x()));
      attribute(out, "y", Integer.toString(box.y()));
      attribute(out, "width", Integer.toString(box.w()));
      attribute(out, "height", Integer.toString(box.h()));
      out.append("/>\n        <text>");
      tspans(out, box.lines());
      out.append("</text>\n      </g>");
    }
    out.append("\n      ");
    for (NetworkDiagram.Arrow arrow : d.arrows()) {
      out.append("<g");
      attribute(out, "class", "arrow " + arrow.direction());
      out.append(">\n        <title>");
      escape(out, arrow.title());
      out.append("</title>\n        <line");
      attribute(out, "x1", Integer.toString(arrow.x1()));
      attribute(out, "y1", Integer.toString(arrow.y1()));
      attribute(out, "x2", Integer.toString(arrow.x2()));
      attribute(out, "y2", Integer.toString(arrow.y2()));
      attribute(out, "marker-end", "url(#" + d.id() + "-" + arrow.direction() + ")");
      out.append("/>\n        <text class=\"label\">");
      tspans(out, arrow.label());
      out.append("</text>\n      </g>");
    }
    out.append("\n    </svg>\n  </div>\n  <figcaption>\n    <span>");
    escape(out, d.title());
    out.append(
        "</span>\n    <span class=\"legend\"><span class=\"key inbound\">inbound</span>"
            + " <span class=\"key outbound\">outbound</span></span>\n    ");
    if (!d.note().isEmpty()) {
      out.append("<span class=\"note\">");
      escape(out, d.note());
      out.append("</span>");
    }
    out.append("\n  </figcaption>\n</figure>");
    return out.toString();
  }

  private static void tspans(StringBuilder out, List<NetworkDiagram.Line> lines) {
    for (NetworkDiagram.Line line : lines) {
      out.append("<tspan");
      position(out, line);
      out.append('>');
      escape(out, line.text());
      out.append("</tspan>");
    }
  }

  private static void position(StringBuilder out, NetworkDiagram.Line line) {
    attribute(out, "x", Integer.toString(line.x()));
    attribute(out, "y", Integer.toString(line.y()));
  }

  /** An attribute as the template engine writes it: left out when null or empty. */
  private static void attribute(StringBuilder out, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    out.append(' ').append(name).append("=\"");
    escape(out, value);
    out.append('"');
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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c < ' ' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0x7f) {
          return false;
        }
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
