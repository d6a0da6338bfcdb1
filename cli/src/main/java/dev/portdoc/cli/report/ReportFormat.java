package dev.portdoc.cli.report;

/** The output formats of {@code portdoc lint --format}. */
public enum ReportFormat {
  text,
  json,
  sarif,
  github,
  checkstyle
}
