package dev.portdoc.model.diagnostic;

import dev.portdoc.model.source.SourceLocation;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding: which rule, how severe, what is wrong, where, and the replacement text when one is
 * unambiguous, and the edits that apply it when portdoc can make them ({@code lint --fix}).
 */
public record Diagnostic(
    String ruleId,
    Severity severity,
    String message,
    SourceLocation location,
    Optional<String> suggestion,
    Optional<Fix> fix)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(ruleId, "ruleId must not be null");
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(location, "location must not be null");
    Objects.requireNonNull(suggestion, "suggestion must not be null");
    Objects.requireNonNull(fix, "fix must not be null");
  }

  /** A finding without edits to fix it. */
  public Diagnostic(
      String ruleId,
      Severity severity,
      String message,
      SourceLocation location,
      Optional<String> suggestion) {
    this(ruleId, severity, message, location, suggestion, Optional.empty());
  }

  /** A finding with no suggested replacement. */
  public static Diagnostic of(
      String ruleId, Severity severity, String message, SourceLocation location) {
    return new Diagnostic(ruleId, severity, message, location, Optional.empty());
  }

  /** The same finding at another severity. */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(ruleId, newSeverity, message, location, suggestion, fix);
  }

  /** The same finding with the edits that fix it. */
  public Diagnostic withFix(Fix newFix) {
    return new Diagnostic(ruleId, severity, message, location, suggestion, Optional.of(newFix));
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column: severity rule-id message}. */
  @Override
  public String toString() {
    return location + ": " + severity.id() + " " + ruleId + " " + message;
  }
}
