package dev.portdoc.cli;

import dev.portdoc.cli.report.CheckstyleReport;
import dev.portdoc.cli.report.GithubReport;
import dev.portdoc.cli.report.JsonReport;
import dev.portdoc.cli.report.LintReport;
import dev.portdoc.cli.report.ReportFormat;
import dev.portdoc.cli.report.SarifReport;
import dev.portdoc.cli.report.TextReport;
import dev.portdoc.model.check.Check;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Picks the report writer for a format and feeds it a run's findings. */
final class Reports {

  private Reports() {}

  /** The plain text report, as {@code build} prints it. */
  static void text(LintRun run, PrintWriter out) {
    new TextReport(false).write(report(run, List.of()), out);
    out.flush();
  }

  /** Writes {@code run} in {@code format}; {@code stepSummary} only matters to {@code github}. */
  static void write(
      ReportFormat format,
      LintRun run,
      List<Check> rules,
      Optional<Path> stepSummary,
      PrintWriter out) {
    write(format, run, rules, 0, stepSummary, out);
  }

  /** Writes {@code run} in {@code format}, saying that {@code fixed} findings were fixed first. */
  static void write(
      ReportFormat format,
      LintRun run,
      List<Check> rules,
      int fixed,
      Optional<Path> stepSummary,
      PrintWriter out) {
    LintReport report = report(run, rules, fixed);
    Path base = Path.of("");
    switch (format) {
      case text -> new TextReport(colourWanted()).write(report, out);
      case json -> new JsonReport().write(report, out);
      case sarif -> new SarifReport(base).write(report, out);
      case github -> new GithubReport(base, stepSummary).write(report, out);
      case checkstyle -> new CheckstyleReport().write(report, out);
    }
    out.flush();
  }

  static LintReport report(LintRun run, List<Check> rules) {
    return report(run, rules, 0);
  }

  static LintReport report(LintRun run, List<Check> rules, int fixed) {
    return new LintReport(
        List.copyOf(run.findings().keySet()),
        run.all(),
        rules,
        fixed,
        toolVersion(),
        new FileSourceLines());
  }

  static String toolVersion() {
    String version = Reports.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  private static boolean colourWanted() {
    // picocli's AUTO knows terminals (System.console(), isTerminal() on newer JDKs)
    return TextReport.colourWanted(System.getenv("NO_COLOR"), CommandLine.Help.Ansi.AUTO.enabled());
  }
}
