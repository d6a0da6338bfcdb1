package dev.portdoc.model.diagnostic;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, most severe first. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case name used in reports and configuration: {@code error}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this is as severe as {@code other} or more. */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /** The severity named {@code text} ({@code error}, {@code warning}, {@code info}). */
  public static Optional<Severity> fromId(String text) {
    for (Severity severity : values()) {
      if (severity.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
