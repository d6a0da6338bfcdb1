package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses Markdown with the real parser and lints it, so check tests read like pages. (The checks
 * live in validation, which cannot see the parser; these tests sit in the CLI module, which sees
 * both.)
 */
final class Lint {

  static final String FILE = "page.md";

  private Lint() {}

  static Document parse(String markdown) {
    return PageParser.create().parse(FILE, markdown);
  }

  /** Every finding of {@code ruleId} as {@code line:column severity message [=> suggestion]}. */
  static List<String> findings(String ruleId, String markdown) {
    return findings(ruleId, markdown, LintConfig.DEFAULTS);
  }

  static List<String> findings(String ruleId, String markdown, LintConfig config) {
    return all(markdown, config).stream()
        .filter(d -> d.ruleId().equals(ruleId))
        .map(Lint::format)
        .toList();
  }

  static List<Diagnostic> all(String markdown, LintConfig config) {
    return StandardChecks.linter(config).lint(parse(markdown));
  }

  static String format(Diagnostic d) {
    return d.location().line()
        + ":"
        + d.location().column()
        + " "
        + d.severity().id()
        + " "
        + d.message()
        + d.suggestion().map(s -> " => " + s).orElse("");
  }

  /** A configuration that sets {@code ruleId} to {@code severity} (empty: off). */
  static LintConfig rule(String ruleId, Optional<Severity> severity) {
    return new LintConfig(Map.of(ruleId, severity), Set.of(), List.of());
  }

  static LintConfig off(String ruleId) {
    return rule(ruleId, Optional.empty());
  }

  static LintConfig words(String... words) {
    return new LintConfig(Map.of(), Set.of(words), List.of());
  }
}
