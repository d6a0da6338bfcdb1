package dev.portdoc.cli.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.portdoc.cli.diff.RuleChange.FieldChange;
import dev.portdoc.cli.diff.RuleChange.Kind;
import dev.portdoc.model.port.PortRule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a list of rule changes as text, JSON or a Markdown table for a pull-request comment. */
public final class DiffReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<RuleChange> changes;

  public DiffReport(List<RuleChange> changes) {
    this.changes = List.copyOf(changes);
  }

  public void write(DiffFormat format, PrintWriter out) {
    switch (format) {
      case text -> text(out);
      case json -> json(out);
      case markdown -> markdown(out);
    }
    out.flush();
  }

  /** {@code 2 added, 1 removed, 3 changed}. */
  public String summary() {
    return count(Kind.ADDED)
        + " added, "
        + count(Kind.REMOVED)
        + " removed, "
        + count(Kind.CHANGED)
        + " changed";
  }

  private long count(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  private void text(PrintWriter out) {
    String page = null;
    for (RuleChange c : changes) {
      if (!c.page().equals(page)) {
        page = c.page();
        out.println(page);
      }
      String mark =
          switch (c.kind()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
          };
      StringBuilder line = new StringBuilder("  ").append(mark).append(' ');
      if (!c.context().isEmpty()) {
        line.append(c.context()).append(": ");
      }
      line.append(describe(c.rule()));
      if (c.kind() == Kind.CHANGED) {
        line.append(" (");
        line.append(String.join("; ", c.fields().stream().map(DiffReport::field).toList()));
        line.append(')');
      } else if (!c.rule().purpose().isEmpty()) {
        line.append(" - ").append(c.rule().purpose());
      }
      // a removed rule's line is in the old version
      line.append(c.kind() == Kind.REMOVED ? "  [old line " : "  [line ")
          .append(c.rule().location().line())
          .append(']');
      out.println(line);
    }
    out.println(summary());
  }

  private void markdown(PrintWriter out) {
    out.println("### Port changes");
    out.println();
    out.println(summary());
    if (changes.isEmpty()) {
      return;
    }
    out.println();
    out.println("| Change | Page | Section | Rule | Details |");
    out.println("| --- | --- | --- | --- | --- |");
    for (RuleChange c : changes) {
      String details =
          c.kind() == Kind.CHANGED
              ? String.join("<br>", c.fields().stream().map(DiffReport::field).toList())
              : c.rule().purpose();
      out.println(
          "| "
              + switch (c.kind()) {
                case ADDED -> "➕ added";
                case REMOVED -> "➖ removed";
                case CHANGED -> "✏️ changed";
              }
              + " | "
              + cell(c.page())
              + " | "
              + cell(c.context())
              + " | "
              + cell(describe(c.rule()))
              + " | "
              + cell(details)
              + " |");
    }
  }

  private void json(PrintWriter out) {
    List<Object> items = new ArrayList<>();
    for (RuleChange c : changes) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("change", c.kind().id());
      item.put("page", c.page());
      item.put("context", c.context());
      item.put("before", c.before().map(DiffReport::rule).orElse(null));
      item.put("after", c.after().map(DiffReport::rule).orElse(null));
      List<Object> fields = new ArrayList<>();
      for (FieldChange f : c.fields()) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("field", f.field());
        field.put("before", f.before());
        field.put("after", f.after());
        fields.add(field);
      }
      item.put("fields", fields);
      items.add(item);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("added", count(Kind.ADDED));
    summary.put("removed", count(Kind.REMOVED));
    summary.put("changed", count(Kind.CHANGED));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("changes", items);
    root.put("summary", summary);
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON diff", e);
    }
  }

  private static Map<String, Object> rule(PortRule rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service", rule.service().orElse(null));
    out.put("transport", rule.transport().map(t -> t.id()).orElse(null));
    out.put("port", rule.ports().map(p -> p.start()).orElse(null));
    out.put("endPort", rule.ports().filter(p -> !p.isSinglePort()).map(p -> p.end()).orElse(null));
    out.put("direction", rule.direction().map(d -> d.id()).orElse(null));
    out.put("purpose", rule.purpose());
    out.put("deprecated", rule.deprecated());
    out.put("line", rule.location().line());
    return out;
  }

  /** {@code HTTPS tcp/443 inbound}; parts the page does not give are left out. */
  static String describe(PortRule rule) {
    List<String> parts = new ArrayList<>();
    rule.service().ifPresent(parts::add);
    Optional<String> transport = rule.transport().map(t -> t.id());
    Optional<String> port = rule.ports().map(Object::toString);
    if (transport.isPresent() || port.isPresent()) {
      parts.add(transport.orElse("?") + port.map(p -> "/" + p).orElse(""));
    }
    rule.direction().ifPresent(d -> parts.add(d.id()));
    if (rule.deprecated()) {
      parts.add("(deprecated)");
    }
    return String.join(" ", parts);
  }

  private static String field(FieldChange f) {
    return f.field() + ": " + quote(f.before()) + " -> " + quote(f.after());
  }

  private static String quote(String value) {
    return value.equals("true") || value.equals("false") || value.matches("[0-9-]+")
        ? value
        : "\"" + value + "\"";
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
  }
}
