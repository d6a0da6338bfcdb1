package dev.portdoc.model.check;

import dev.portdoc.model.diagnostic.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-rule configuration: a severity override, or the rule switched off.
 *
 * @param severities rule id to the severity to report at
 * @param disabled rule ids that report nothing
 */
public record RuleSettings(Map<String, Severity> severities, Set<String> disabled) {

  /** Every rule at its default severity. */
  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Set.of());

  public RuleSettings {
    severities = Map.copyOf(severities);
    disabled = Set.copyOf(disabled);
  }

  /** The severity {@code check} reports at, or empty when it is off. */
  public Optional<Severity> severityOf(Check check) {
    if (disabled.contains(check.id())) {
      return Optional.empty();
    }
    return Optional.of(severities.getOrDefault(check.id(), check.defaultSeverity()));
  }
}
