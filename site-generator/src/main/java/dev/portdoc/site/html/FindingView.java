package dev.portdoc.site.html;

import dev.portdoc.model.diagnostic.Diagnostic;

/**
 * A finding as the pages show it.
 *
 * @param href link to the row the finding concerns, relative to the page that shows it; the page
 *     itself when no row is at the finding's line
 */
public record FindingView(
    int line, int column, String severity, String rule, String message, String href) {

  static FindingView of(Diagnostic diagnostic, String href) {
    String message =
        diagnostic.message() + diagnostic.suggestion().map(s -> " Suggested: " + s).orElse("");
    return new FindingView(
        diagnostic.location().line(),
        diagnostic.location().column(),
        diagnostic.severity().id(),
        diagnostic.ruleId(),
        message,
        href);
  }

  /** {@code 12:3}. */
  public String position() {
    return line + ":" + column;
  }
}
