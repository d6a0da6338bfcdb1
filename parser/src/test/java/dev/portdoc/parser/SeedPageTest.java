package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.validation.StandardChecks;
import org.junit.jupiter.api.Test;

class SeedPageTest {

  private static final String SEED = "pages/seed-networking-ports.md";

  private final Document seed = PageParser.create().parse("networking-ports.md", Golden.read(SEED));

  @Test
  void modelMatchesGoldenFile() {
    Golden.assertMatches("pages/seed-networking-ports.model.txt", ModelDump.of(seed));
  }

  @Test
  void frontMatterGivesTitleAndDescription() {
    assertThat(seed.title()).contains("Network Communication and Ports");
    assertThat(seed.description())
        .contains("Port-Direction-Purpose Management Platform and Workload Clusters");
  }

  @Test
  void eachTableKnowsItsDeploymentAndComponent() {
    assertThat(seed.tables())
        .extracting(PortTable::context)
        .containsExactly(
            "SaaS Managed > Management Platform",
            "SaaS Managed > Workload Cluster",
            "Self-Hosted Network > Management Platform",
            "Self-Hosted Network > Workload Cluster");
    assertThat(seed.tables()).extracting(t -> t.rows().size()).containsExactly(2, 3, 4, 3);
  }

  @Test
  void admonitionsAndImagesAreNotReadAsProse() {
    assertThat(seed.prose())
        .noneMatch(run -> run.text().contains(":::"))
        .noneMatch(run -> run.text().contains("network diagram"));
  }

  @Test
  void reportsTheDuplicateNatsRowAndTheMisspeltSelfHostedAndNothingElseAtWarningOrAbove() {
    assertThat(StandardChecks.linter().lint(seed))
        .filteredOn(d -> d.severity().isAtLeast(Severity.WARNING))
        .extracting(d -> d + d.suggestion().map(s -> " => " + s).orElse(""))
        .containsExactly(
            "networking-ports.md:33:1: error duplicate-row Row duplicates the row at line 32;"
                + " remove one of them.",
            "networking-ports.md:44:78: warning spelling 'Sefl-Hosted' is misspelled; did you"
                + " mean 'Self-Hosted'? => Self-Hosted");
  }
}
