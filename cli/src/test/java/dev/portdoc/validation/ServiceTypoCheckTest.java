package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.check.TreeContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTypoCheckTest {

  private static final String ID = ServiceTypoCheck.ID;

  @Test
  void aNearMissOfAWellKnownServiceIsReportedAtTheWord() {
    String page =
        """
        | Port           | Direction | Purpose |
        | -------------- | --------- | ------- |
        | HTPP (tcp/80)  | INBOUND   | UI      |

        | Port | Service | Purpose |
        | ---- | ------- | ------- |
        | 22   | Shh     | Debug   |
        | 80   | HTPP    | UI      |
        """;

    assertThat(Lint.findings(ID, page))
        .containsExactly(
            "3:3 warning Service 'HTPP' looks misspelled; did you mean 'HTTP'? => HTTP",
            "8:10 warning Service 'HTPP' looks misspelled; did you mean 'HTTP'? => HTTP");
  }

  @Test
  void aRareSpellingOneEditFromAWordTheTreeUsesOftenIsReported() {
    String page =
        """
        | Port | Service   | Purpose |
        | ---- | --------- | ------- |
        | 6443 | Longhron | API     |
        """;
    TreeContext tree = TreeContext.ofCounts(Map.of("longhorn", 40, "longhron", 1));

    assertThat(new ServiceTypoCheck().check(Lint.parse(page), tree))
        .extracting(Lint::format)
        .containsExactly(
            "3:10 warning Service 'Longhron' looks misspelled; did you mean 'Longhorn'? =>"
                + " Longhorn");
  }

  @Test
  void knownServicesEnglishWordsAndSpellingsTheTreeUsesOftenStayQuiet() {
    String page =
        """
        | Port | Service      | Purpose |
        | ---- | ------------ | ------- |
        | 161  | SNMP         | x       |
        | 443  | HTTPS        | x       |
        | 8080 | Registry     | x       |
        | 4222 | NATS         | x       |
        | 9000 | Longhron    | x       |
        | 9001 | K8s          | x       |
        """;
    TreeContext tree = TreeContext.ofCounts(Map.of("longhorn", 40, "longhron", 12));

    assertThat(new ServiceTypoCheck().check(Lint.parse(page), tree)).isEmpty();
  }

  @Test
  void theLinterUsesTheWholeTreeForFrequencies() {
    String rare =
        """
        | Port | Service   | Purpose |
        | ---- | --------- | ------- |
        | 6443 | Longhron | API     |
        """;
    String often =
        "Longhorn Longhorn Longhorn Longhorn Longhorn Longhorn Longhorn"
            + " Longhorn Longhorn Longhorn and Longhorn.\n";

    List<List<dev.portdoc.model.diagnostic.Diagnostic>> found =
        StandardChecks.linter().lintAll(List.of(Lint.parse(rare), Lint.parse(often)));

    assertThat(found.get(0)).extracting(d -> d.ruleId()).contains(ID);
    assertThat(StandardChecks.linter().lint(Lint.parse(rare)))
        .extracting(d -> d.ruleId())
        .doesNotContain(ID);
  }

  @Test
  void suppressionAndConfiguration() {
    String page =
        """
        <!-- portdoc-disable service-typo -->
        | Port          | Direction |
        | ------------- | --------- |
        | HTPP (tcp/80) | INBOUND   |
        """;

    assertThat(Lint.findings(ID, page)).isEmpty();
    String plain = page.lines().skip(1).reduce("", (a, b) -> a + b + "\n");
    assertThat(Lint.findings(ID, plain)).hasSize(1);
    assertThat(Lint.findings(ID, plain, Lint.off(ID))).isEmpty();
    assertThat(Lint.findings(ID, plain, Lint.words("htpp"))).isEmpty();
  }
}
