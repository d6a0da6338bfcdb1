package dev.portdoc.cli.report;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import java.io.PrintWriter;

/**
 * {@code file:line:column: severity rule-id message}, one line per finding, then a summary line.
 * With colour on, the severity is red, yellow or cyan and the rule id dim; nothing else changes.
 */
public final class TextReport {

  private static final String RESET = "\u001B[0m";
  private static final String DIM = "\u001B[2m";

  private final boolean colour;

  /** A report that colours its output when {@code colour} is true. */
  public TextReport(boolean colour) {
    this.colour = colour;
  }

  /**
   * Colour only on a terminal, and never when {@code NO_COLOR} is set to a non-empty value
   * (https://no-color.org).
   */
  public static boolean colourWanted(String noColor, boolean terminal) {
    return terminal && (noColor == null || noColor.isEmpty());
  }

  public void write(LintReport report, PrintWriter out) {
    for (Diagnostic d : report.findings()) {
      out.print(d.location() + ": ");
      out.print(paint(colourOf(d.severity()), d.severity().id()));
      out.print(" " + paint(DIM, d.ruleId()) + " " + d.message());
      d.suggestion().ifPresent(s -> out.print(" (suggestion: " + s + ")"));
      out.println();
    }
    out.println(report.summaryLine());
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001B[31m";
      case WARNING -> "\u001B[33m";
      case INFO -> "\u001B[36m";
    };
  }
}
