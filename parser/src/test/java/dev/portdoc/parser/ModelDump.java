package dev.portdoc.parser;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;

/** A readable, stable text form of a document's model, for golden files. */
final class ModelDump {

  private ModelDump() {}

  static String of(Document doc) {
    StringBuilder out = new StringBuilder();
    out.append("document ").append(doc.path()).append('\n');
    out.append("  title: ").append(doc.title().orElse("-")).append('\n');
    out.append("  description: ").append(doc.description().orElse("-")).append('\n');
    for (PortTable table : doc.tables()) {
      out.append("  table @")
          .append(table.location().line())
          .append(':')
          .append(table.location().column());
      out.append(" context: ").append(table.context()).append('\n');
      out.append("    columns:");
      for (TableColumn column : table.columns()) {
        out.append(" [")
            .append(column.name())
            .append(" = ")
            .append(column.role())
            .append(" @")
            .append(column.location().column())
            .append(']');
      }
      out.append('\n');
      for (TableRow row : table.rows()) {
        out.append("    row @").append(row.line()).append(':').append(row.location().column());
        for (Cell cell : row.cells()) {
          out.append(" | ").append(cell.text()).append(" @").append(cell.location().column());
        }
        out.append('\n');
        for (PortRule rule : row.rules()) {
          out.append("      rule ")
              .append(rule.service().orElse("-"))
              .append(' ')
              .append(rule.transport().map(Transport::id).orElse("?"))
              .append('/')
              .append(rule.ports().map(PortRange::toString).orElse("?"))
              .append(' ')
              .append(rule.direction().map(Direction::id).orElse("-"))
              .append(rule.deprecated() ? " deprecated" : "")
              .append(rule.optional() ? " optional" : "")
              .append(rule.source().map(v -> " from " + v).orElse(""))
              .append(rule.destination().map(v -> " to " + v).orElse(""))
              .append(" : ")
              .append(rule.purpose())
              .append('\n');
          if (!rule.extras().isEmpty()) {
            out.append("        extras ").append(rule.extras()).append('\n');
          }
        }
      }
    }
    return out.toString();
  }
}
