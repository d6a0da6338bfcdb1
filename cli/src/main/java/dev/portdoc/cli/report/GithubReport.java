package dev.portdoc.cli.report;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) that turn into
 * annotations on the changed lines, plus a Markdown table for the job summary: GitHub shows only
 * ten annotations of each kind per step, the summary shows them all.
 */
public final class GithubReport {

  private final ReportPaths paths;
  private final Optional<Path> stepSummary;

  /**
   * @param base the folder portdoc ran in (the workspace), against which files are named
   * @param stepSummary the file {@code $GITHUB_STEP_SUMMARY} names, if set
   */
  public GithubReport(Path base, Optional<Path> stepSummary) {
    this.paths = new ReportPaths(base);
    this.stepSummary = stepSummary;
  }

  public void write(LintReport report, PrintWriter out) {
    for (Diagnostic d : report.findings()) {
      out.println(command(d));
    }
    out.println(report.summaryLine());
    if (stepSummary.isPresent()) {
      appendSummary(stepSummary.get(), summary(report));
    }
  }

  /** One workflow command; properties and message escaped as the Actions runner expects. */
  String command(Diagnostic d) {
    String message = d.message() + d.suggestion().map(s -> " (suggestion: " + s + ")").orElse("");
    return "::"
        + kind(d.severity())
        + " file="
        + escapeProperty(paths.relative(d.location().file()))
        + ",line="
        + d.location().line()
        + ",col="
        + d.location().column()
        + ",title="
        + escapeProperty(d.ruleId())
        + "::"
        + escapeData(message);
  }

  /** The Markdown job summary: a heading, the counts and one table row per finding. */
  String summary(LintReport report) {
    StringBuilder md = new StringBuilder("## portdoc lint\n\n");
    md.append(report.summaryLine()).append("\n\n");
    if (!report.findings().isEmpty()) {
      md.append("| File | Line | Severity | Rule | Message |\n");
      md.append("| --- | ---: | --- | --- | --- |\n");
      for (Diagnostic d : report.findings()) {
        md.append("| ")
            .append(cell(paths.relative(d.location().file())))
            .append(" | ")
            .append(d.location().line())
            .append(" | ")
            .append(d.severity().id())
            .append(" | `")
            .append(d.ruleId())
            .append("` | ")
            .append(cell(d.message()))
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void appendSummary(Path file, String markdown) {
    try {
      Files.writeString(
          file,
          markdown,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot append the job summary to " + file + " (GITHUB_STEP_SUMMARY)", e);
    }
  }

  private static String kind(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a command's message: {@code %}, CR and LF. */
  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as data, plus {@code :} and {@code ,} which separate properties. */
  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }

  /** A Markdown table cell: pipes escaped, line breaks flattened. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
  }
}
