package dev.portdoc.validation;

import dev.portdoc.model.check.RuleSettings;
import dev.portdoc.model.diagnostic.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a {@code portdoc.yaml} says: per-rule severities (empty = off), extra words the typo and
 * spelling checks accept, and page paths (globs, relative to the docs root) to leave out.
 */
public record LintConfig(
    Map<String, Optional<Severity>> rules, Set<String> words, List<String> ignore) {

  /** No configuration: every rule at its default, no extra words, nothing ignored. */
  public static final LintConfig DEFAULTS = new LintConfig(Map.of(), Set.of(), List.of());

  public LintConfig {
    rules = Map.copyOf(rules);
    Set<String> lower = new TreeSet<>();
    words.forEach(w -> lower.add(w.strip().toLowerCase(Locale.ROOT)));
    words = Set.copyOf(lower);
    ignore = List.copyOf(ignore);
  }

  /** The severity overrides and switched-off rules, for the linter. */
  public RuleSettings ruleSettings() {
    Map<String, Severity> severities = new HashMap<>();
    Set<String> off = new HashSet<>();
    rules.forEach(
        (id, severity) -> severity.ifPresentOrElse(s -> severities.put(id, s), () -> off.add(id)));
    return new RuleSettings(severities, off);
  }

  /** True when {@code word} is one of the configured words, case ignored. */
  public boolean accepts(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }
}
