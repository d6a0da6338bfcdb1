package dev.portdoc.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.Suppression;
import dev.portdoc.model.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {

  /** Reports one finding per line 1..3 under its id. */
  private record EveryLine(String id) implements Check {
    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String description() {
      return "test";
    }

    @Override
    public List<Diagnostic> check(Document document) {
      return List.of(1, 2, 3).stream()
          .map(l -> Diagnostic.of(id, Severity.WARNING, "m", new SourceLocation("p.md", l, 1)))
          .toList();
    }
  }

  private static Document page(Suppression... suppressions) {
    return new Document("p.md", Optional.empty(), Optional.empty(), List.of(), List.of(), List.of())
        .withSuppressions(List.of(suppressions));
  }

  private static Suppression at(Set<String> ids, int from, int to) {
    return new Suppression(ids, from, to, new SourceLocation("p.md", 1, 1));
  }

  @Test
  void suppressionsDropFindingsOfTheirRulesOnTheirLines() {
    Linter linter =
        Linter.of(List.of(new EveryLine("a"), new EveryLine("b")), RuleSettings.DEFAULTS);

    List<Diagnostic> found = linter.lint(page(at(Set.of("a"), 2, 3), at(Set.of(), 1, 1)));

    assertThat(found).extracting(d -> d.ruleId() + d.location().line()).containsExactly("b2", "b3");
  }

  @Test
  void severityOverridesAndSwitchedOffRulesApply() {
    Linter linter =
        Linter.of(
            List.of(new EveryLine("a"), new EveryLine("b")),
            new RuleSettings(Map.of("a", Severity.ERROR), Set.of("b")));

    assertThat(linter.lint(page()))
        .extracting(Diagnostic::severity)
        .containsOnly(Severity.ERROR)
        .hasSize(3);
  }

  @Test
  void lintAllKeepsTheOrderOfTheDocuments() {
    Linter linter = Linter.of(List.of(new EveryLine("a")), RuleSettings.DEFAULTS);

    List<List<Diagnostic>> found =
        linter.lintAll(List.of(page(), page(at(Set.of(), 1, Integer.MAX_VALUE))));

    assertThat(found.get(0)).hasSize(3);
    assertThat(found.get(1)).isEmpty();
  }
}
