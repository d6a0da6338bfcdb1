package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LintConfigTest {

  @Test
  void rulesBecomeSeverityOverridesAndSwitchedOffRules() {
    LintConfig config =
        new LintConfig(
            Map.of("spelling", Optional.empty(), "unknown-header", Optional.of(Severity.WARNING)),
            Set.of(),
            List.of());

    assertThat(config.ruleSettings().severityOf(new SpellingCheck())).isEmpty();
    assertThat(config.ruleSettings().severityOf(new UnknownHeaderCheck()))
        .contains(Severity.WARNING);
    assertThat(config.ruleSettings().severityOf(new DuplicateRowCheck())).contains(Severity.ERROR);
  }

  @Test
  void wordsAreAcceptedWhateverTheirCase() {
    LintConfig config = new LintConfig(Map.of(), Set.of(" Palette "), List.of());

    assertThat(config.accepts("PALETTE")).isTrue();
    assertThat(config.accepts("palettes")).isFalse();
  }

  @Test
  void theCatalogueHasOneCheckPerRuleIdInIdOrder() {
    List<String> ids = StandardChecks.all().stream().map(Check::id).toList();

    assertThat(ids).doesNotHaveDuplicates().isSorted().hasSize(16);
    assertThat(StandardChecks.ids()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(StandardChecks.all()).allSatisfy(c -> assertThat(c.description()).endsWith("."));
  }
}
