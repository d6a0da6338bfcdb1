package dev.portdoc.validation;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.check.Linter;
import dev.portdoc.model.check.RuleSettings;
import java.util.List;

/** The catalogue of built-in checks. */
public final class StandardChecks {

  private StandardChecks() {}

  /** Every built-in check, in rule-id order. */
  public static List<Check> all() {
    return List.of(new DuplicateRowCheck());
  }

  /** A linter with every built-in check at its default severity. */
  public static Linter linter() {
    return Linter.of(all(), RuleSettings.DEFAULTS);
  }
}
