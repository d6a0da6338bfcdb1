package dev.portdoc.cli;

import dev.portdoc.model.diagnostic.Severity;
import java.util.Optional;

/** The lowest severity that makes a run exit with 1. */
enum FailOn {
  error(Severity.ERROR),
  warning(Severity.WARNING),
  info(Severity.INFO),
  none(null);

  private final Severity severity;

  FailOn(Severity severity) {
    this.severity = severity;
  }

  Optional<Severity> severity() {
    return Optional.ofNullable(severity);
  }
}
