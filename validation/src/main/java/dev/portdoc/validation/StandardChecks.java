package dev.portdoc.validation;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.check.Linter;
import dev.portdoc.model.check.RuleSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalogue of built-in checks. */
public final class StandardChecks {

  private StandardChecks() {}

  /** Every built-in check, in rule-id order. */
  public static List<Check> all() {
    return all(LintConfig.DEFAULTS);
  }

  /** Every built-in check, reading extra words from {@code config}, in rule-id order. */
  public static List<Check> all(LintConfig config) {
    List<Check> checks =
        new java.util.ArrayList<>(
            List.of(
                new ColumnCountCheck(),
                new ConflictingRowsCheck(),
                new DirectionTypoCheck(config),
                new DuplicateRowCheck(),
                new EmptyPortCheck(),
                new HeaderTypoCheck(config),
                new PortOutOfRangeCheck(),
                new ReversedRangeCheck(),
                new RepeatedRowCheck(),
                new ServicePortCheck(),
                new ServiceTypoCheck(config),
                new SpellingCheck(config),
                new TransportTypoCheck(config),
                new UnknownHeaderCheck(),
                new UnknownTransportCheck(config),
                new UnreadablePortCheck(config)));
    checks.sort(Comparator.comparing(Check::id));
    return List.copyOf(checks);
  }

  /** The ids of every built-in rule. */
  public static Set<String> ids() {
    return all().stream().map(Check::id).collect(Collectors.toUnmodifiableSet());
  }

  /** A linter with every built-in check at its default severity. */
  public static Linter linter() {
    return Linter.of(all(), RuleSettings.DEFAULTS);
  }

  /** A linter with every built-in check under {@code config}. */
  public static Linter linter(LintConfig config) {
    return Linter.of(all(config), config.ruleSettings());
  }
}
