package dev.portdoc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the findings of a run in the formats {@code lint --format} offers. */
final class Reports {

  /** Output formats of {@code lint}. */
  enum Format {
    text,
    json
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Reports() {}

  static void write(Format format, LintRun run, PrintWriter out) {
    switch (format) {
      case text -> text(run, out);
      case json -> json(run, out);
    }
    out.flush();
  }

  /** {@code file:line:column: severity rule-id message}, then a summary line. */
  static void text(LintRun run, PrintWriter out) {
    for (Diagnostic d : run.all()) {
      out.print(d);
      d.suggestion().ifPresent(s -> out.print(" (suggestion: " + s + ")"));
      out.println();
    }
    out.println(summaryLine(run));
  }

  static String summaryLine(LintRun run) {
    return String.format(
        "%d file(s) checked: %d error(s), %d warning(s), %d info",
        run.documents().size(),
        run.count(Severity.ERROR),
        run.count(Severity.WARNING),
        run.count(Severity.INFO));
  }

  static void json(LintRun run, PrintWriter out) {
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    for (Diagnostic d : run.all()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", d.location().file());
      item.put("line", d.location().line());
      item.put("column", d.location().column());
      item.put("severity", d.severity().id());
      item.put("rule", d.ruleId());
      item.put("message", d.message());
      item.put("suggestion", d.suggestion().orElse(null));
      diagnostics.add(item);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", run.documents().size());
    summary.put("errors", run.count(Severity.ERROR));
    summary.put("warnings", run.count(Severity.WARNING));
    summary.put("infos", run.count(Severity.INFO));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("diagnostics", diagnostics);
    report.put("summary", summary);
    try {
      out.println(JSON.writeValueAsString(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON report", e);
    }
  }
}
