package dev.portdoc.site.markdown;

import dev.portdoc.parser.table.PortCellReader;
import dev.portdoc.site.yaml.PortSpec;
import dev.portdoc.site.yaml.SpecBuilder;
import dev.portdoc.site.yaml.SpecCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a spec back as a Markdown page in the seed page's layout: a heading per deployment ({@code
 * ##}) and component ({@code ###}, deeper for {@code A > B}), then an aligned {@code Port |
 * Direction | Purpose} table with {@code HTTPS (tcp/443)} cells. Reading the page back gives the
 * same spec (locations aside): the headings follow the context mapping of {@link SpecBuilder}.
 * Stateless and thread-safe.
 */
public final class MarkdownSpecWriter {

  /** Characters that would turn cell text into markup, a link or a cell break. */
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|&~{}])");

  /** The Markdown page of {@code spec}. */
  public String write(PortSpec spec) {
    StringBuilder out = new StringBuilder();
    spec.source()
        .title()
        .ifPresent(title -> out.append("---\ntitle: ").append(quoted(title)).append("\n---\n"));
    for (PortSpec.Deployment deployment : spec.deployments()) {
      boolean named = !deployment.name().equals(SpecBuilder.DEFAULT);
      if (named) {
        heading(out, 2, deployment.name());
      }
      for (PortSpec.Component component : deployment.components()) {
        if (named) {
          String[] parts = component.name().split(" > ", -1);
          for (int i = 0; i < parts.length; i++) {
            heading(out, Math.min(6, 3 + i), parts[i]);
          }
        } else {
          heading(out, 2, component.name());
        }
        tables(out, component.rules());
      }
    }
    // every block starts with a blank line; the first needs none
    return out.length() > 0 && out.charAt(0) == '\n' ? out.substring(1) : out.toString();
  }

  /**
   * A YAML scalar the page parser also reads back: it strips the quotes but does not unescape, so
   * escapes are used only when neither quote style fits.
   */
  static String quoted(String text) {
    if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
      return '"' + text + '"';
    }
    if (text.indexOf('\'') < 0) {
      return "'" + text + "'";
    }
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static void heading(StringBuilder out, int level, String text) {
    out.append('\n').append("#".repeat(level)).append(' ').append(escape(text)).append('\n');
  }

  /** One table per run of rules in the same variant; variants sit in MDX tabs. */
  private static void tables(StringBuilder out, List<PortSpec.Rule> rules) {
    if (rules.isEmpty()) {
      table(out, rules);
      return;
    }
    int start = 0;
    while (start < rules.size()) {
      Optional<String> variant = rules.get(start).variants().stream().findFirst();
      int end = start;
      while (end < rules.size() && rules.get(end).variants().stream().findFirst().equals(variant)) {
        end++;
      }
      List<PortSpec.Rule> run = rules.subList(start, end);
      if (variant.isPresent()) {
        String label = variant.get().replace("\"", "&quot;");
        out.append("\n<Tabs>\n<TabItem value=\"")
            .append(label)
            .append("\" label=\"")
            .append(label)
            .append("\">\n");
        table(out, run);
        out.append("\n</TabItem>\n</Tabs>\n");
      } else {
        table(out, run);
      }
      start = end;
    }
  }

  private static void table(StringBuilder out, List<PortSpec.Rule> rules) {
    boolean protocol = SpecCells.needsProtocolColumn(rules);
    boolean serviceColumn =
        rules.stream()
            .anyMatch(
                r ->
                    r.service().isPresent()
                        && (r.ports().isEmpty() || !serviceReadsBack(r, protocol)));
    boolean source = rules.stream().anyMatch(r -> r.source().isPresent());
    boolean destination = rules.stream().anyMatch(r -> r.destination().isPresent());
    List<String> header = new ArrayList<>();
    if (serviceColumn) {
      header.add("Service");
    }
    header.add("Port");
    if (protocol) {
      header.add("Protocol");
    }
    header.add("Direction");
    header.add("Purpose");
    if (source) {
      header.add("Source");
    }
    if (destination) {
      header.add("Destination");
    }
    List<List<String>> rows = new ArrayList<>();
    for (PortSpec.Rule rule : rules) {
      List<String> row = new ArrayList<>();
      if (serviceColumn) {
        row.add(escape(rule.service().orElse("")));
        PortSpec.Rule withoutService =
            new PortSpec.Rule(
                rule.id(),
                Optional.empty(),
                rule.transport(),
                rule.ports(),
                rule.direction(),
                rule.purpose(),
                rule.source(),
                rule.destination(),
                rule.variants(),
                rule.deprecated(),
                rule.optional(),
                rule.file(),
                rule.line());
        row.add(portCell(withoutService, protocol));
      } else {
        row.add(portCell(rule, protocol));
      }
      if (protocol) {
        row.add(SpecCells.protocol(rule));
      }
      row.add(SpecCells.direction(rule));
      row.add(escape(rule.purpose()));
      if (source) {
        row.add(escape(rule.source().orElse("")));
      }
      if (destination) {
        row.add(escape(rule.destination().orElse("")));
      }
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = Math.max(3, header.get(i).length());
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.append('\n');
    line(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add(":" + "-".repeat(width - 1));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      out.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
    }
    out.append('\n');
  }

  /**
   * {@code ?} (a port cell that cannot be read) for a rule with no value at all, whose row would
   * otherwise be blank and skipped.
   */
  private static String portCell(PortSpec.Rule rule, boolean protocol) {
    String cell = escape(SpecCells.port(rule, protocol));
    boolean blank =
        rule.service().isEmpty()
            && rule.transport().isEmpty()
            && rule.direction().isEmpty()
            && rule.purpose().isEmpty()
            && rule.source().isEmpty()
            && rule.destination().isEmpty();
    if (cell.isEmpty() && blank) {
      return "?";
    }
    return rule.optional() ? (cell + " (optional)").strip() : cell;
  }

  /**
   * True when the page parser reads the rule's service back from {@code HTTPS (tcp/443)}: it splits
   * words at {@code /} and reads {@code or}, {@code optional}... as notation, so services such as
   * {@code NTP/HTTP} or {@code OR} need a Service column.
   */
  private static boolean serviceReadsBack(PortSpec.Rule rule, boolean protocol) {
    String cell = SpecCells.port(rule, protocol);
    return PortCellReader.readPortCell(cell).service().equals(rule.service());
  }

  static String escape(String text) {
    return SPECIAL.matcher(text).replaceAll("\\\\$1");
  }
}
