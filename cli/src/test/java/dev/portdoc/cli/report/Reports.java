package dev.portdoc.cli.report;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.source.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Report fixtures: two pages, three findings, one of them full of characters formats escape. */
final class Reports {

  static final String TRICKY = "Port 80, not 443: \"100%\" <b>&</b>\nsecond line";

  /** A check that exists only to appear in the rule catalogue. */
  record FakeCheck(String id, Severity defaultSeverity, String description) implements Check {
    @Override
    public List<Diagnostic> check(Document document) {
      return List.of();
    }
  }

  static final List<Check> RULES =
      List.of(
          new FakeCheck("duplicate-row", Severity.ERROR, "A row repeats an earlier row."),
          new FakeCheck("typo", Severity.WARNING, "A word looks misspelt."));

  static final Map<String, List<String>> SOURCES =
      Map.of(
          "docs/a.md",
          List.of("# A", "", "| Port |", "|---|", "| tcp/443 |", "|  tcp/443 |"),
          "docs/b.md",
          List.of("| Port |", "|---|", "| Sefl |"));

  static LintReport sample() {
    return new LintReport(
        List.of("docs/a.md", "docs/b.md", "docs/clean.md"),
        List.of(
            Diagnostic.of(
                "duplicate-row",
                Severity.ERROR,
                "Row duplicates the row at line 5; remove one of them.",
                new SourceLocation("docs/a.md", 6, 1)),
            new Diagnostic(
                "typo",
                Severity.WARNING,
                "Unknown word 'Sefl'.",
                new SourceLocation("docs/b.md", 3, 3),
                Optional.of("Self")),
            Diagnostic.of("typo", Severity.INFO, TRICKY, new SourceLocation("docs/b.md", 3, 5))),
        RULES,
        0,
        "1.2.3",
        Reports::line);
  }

  static Optional<String> line(String file, int line) {
    List<String> lines = SOURCES.getOrDefault(file, List.of());
    return line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
  }

  static String render(BiConsumer<LintReport, PrintWriter> writer, LintReport report) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    writer.accept(report, out);
    out.flush();
    return text.toString();
  }

  private Reports() {}
}
