package dev.portdoc.site.html;

import java.io.IOException;
import java.util.List;

/**
 * The row-heavy parts of the site written in Java instead of by the template engine: a table body
 * of a document page and the rows of the all-ports table. A large tree has tens of thousands of
 * rows, and evaluating a template's expressions for each of them was most of a build's time. The
 * text is exactly what the templates gave (same escaping, attributes and whitespace), so the
 * templates insert it unescaped.
 */
final class HtmlRows {

  private HtmlRows() {}

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
  static void matrixRows(List<DocumentView.MatrixRow> rows, Appendable out) throws IOException {
    StringBuilder row = new StringBuilder(1024);
    for (DocumentView.MatrixRow r : rows) {
      row.setLength(0);
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
      out.append(row);
    }
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
   * Escapes as the template engine does (unbescape's {@code escapeHtml4Xml}): the five
   * markup-significant characters {@code & < > " '}, NUL and lone surrogates.
   */
  static void escape(StringBuilder out, String text) {
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String entity =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\0' -> "&#0;";
            default -> null;
          };
      if (entity == null && Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        entity = "&#" + (int) c + ";";
      }
      if (entity != null) {
        out.append(text, start, i).append(entity);
        start = i + 1;
      }
    }
    out.append(text, start, length);
  }
}
