package dev.portdoc.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Edit;
import dev.portdoc.model.diagnostic.Fix;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.diagnostic.TextEdit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** portdoc's own JSON: a {@code diagnostics} array and a {@code summary} object. */
public final class JsonReport {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void write(LintReport report, PrintWriter out) {
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic d : report.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", d.location().file());
      item.put("line", d.location().line());
      item.put("column", d.location().column());
      item.put("severity", d.severity().id());
      item.put("rule", d.ruleId());
      item.put("message", d.message());
      item.put("suggestion", d.suggestion().orElse(null));
      d.fix().ifPresent(fix -> item.put("fix", fix(fix)));
      diagnostics.add(item);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", report.files().size());
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("infos", report.count(Severity.INFO));
    if (report.fixed() > 0) {
      summary.put("fixed", report.fixed());
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("diagnostics", diagnostics);
    root.put("summary", summary);
    out.println(toJson(root));
  }

  /** {@code {"edits": [...]}}: replacements by line, column and length, or whole lines deleted. */
  private static Map<String, Object> fix(Fix fix) {
    List<Map<String, Object>> edits = new ArrayList<>();
    for (Edit edit : fix.edits()) {
      Map<String, Object> item = new LinkedHashMap<>();
      if (edit instanceof TextEdit text) {
        item.put("line", text.start().line());
        item.put("column", text.start().column());
        item.put("length", text.length());
        item.put("replacement", text.replacement());
      } else {
        item.put("deleteLine", edit.start().line());
      }
      edits.add(item);
    }
    return Map.of("edits", edits);
  }

  static String toJson(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON report", e);
    }
  }
}
