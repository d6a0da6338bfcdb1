package dev.portdoc.validation;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.source.SourceLocation;
import java.util.Optional;

/** Id, severity and description kept in one place, so each check is only its logic. */
abstract class BaseCheck implements Check {

  private final String id;
  private final Severity severity;
  private final String description;

  BaseCheck(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  Diagnostic finding(String message, SourceLocation at) {
    return Diagnostic.of(id, severity, message, at);
  }

  Diagnostic finding(String message, SourceLocation at, String suggestion) {
    return new Diagnostic(id, severity, message, at, Optional.of(suggestion));
  }
}
