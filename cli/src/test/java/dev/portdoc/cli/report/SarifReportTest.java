package dev.portdoc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  static final Path BASE = Path.of("/srv/checkout");

  static String sarif(LintReport report) {
    return Reports.render(new SarifReport(BASE)::write, report);
  }

  @Test
  void outputValidatesAgainstTheOfficialSchema() {
    String sarif = sarif(Reports.sample());

    assertThat(SarifSchema.violations(sarif)).isEmpty();
  }

  @Test
  void schemaCheckCatchesABrokenLog() {
    // guards the guard: a result without a message is invalid SARIF
    String broken =
        sarif(Reports.sample()).replace("\"message\" : {", "\"mess\" : {").replaceFirst("x", "x");

    assertThat(SarifSchema.violations(broken)).isNotEmpty();
  }

  @Test
  void driverListsTheRuleCatalogueWithDefaultLevels() throws Exception {
    JsonNode driver = read(sarif(Reports.sample())).at("/runs/0/tool/driver");

    assertThat(driver.get("name").asText()).isEqualTo("portdoc");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.get("informationUri").asText()).isEqualTo(SarifReport.INFORMATION_URI);
    assertThat(driver.get("rules")).hasSize(2);
    assertThat(driver.at("/rules/0/id").asText()).isEqualTo("duplicate-row");
    assertThat(driver.at("/rules/0/shortDescription/text").asText())
        .isEqualTo("A row repeats an earlier row.");
    assertThat(driver.at("/rules/0/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(driver.at("/rules/1/defaultConfiguration/level").asText()).isEqualTo("warning");
  }

  @Test
  void resultsCarryRuleIndexLevelAndRelativeLocation() throws Exception {
    JsonNode results = read(sarif(Reports.sample())).at("/runs/0/results");

    assertThat(results).hasSize(3);
    JsonNode typo = results.get(1);
    assertThat(typo.get("ruleId").asText()).isEqualTo("typo");
    assertThat(typo.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(typo.get("level").asText()).isEqualTo("warning");
    assertThat(typo.at("/message/text").asText())
        .isEqualTo("Unknown word 'Sefl'. (suggestion: Self)");
    JsonNode location = typo.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("docs/b.md");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(3);
    assertThat(results.get(2).get("level").asText()).isEqualTo("note");
    assertThat(typo.has("fixes")).isFalse();
  }

  @Test
  void fileOutsideTheBaseGetsAnAbsoluteUriWithoutBase() throws Exception {
    LintReport report =
        withFindings(
            Diagnostic.of(
                "typo", Severity.ERROR, "m", new SourceLocation("../elsewhere/x y.md", 1, 1)));

    String sarif = sarif(report);
    JsonNode artifact = read(sarif).at("/runs/0/results/0/locations/0/physicalLocation");

    assertThat(artifact.at("/artifactLocation/uri").asText())
        .isEqualTo("file:///srv/elsewhere/x%20y.md");
    assertThat(artifact.at("/artifactLocation").has("uriBaseId")).isFalse();
    assertThat(SarifSchema.violations(sarif)).isEmpty();
  }

  @Test
  void windowsStyleAndDotPathsBecomeForwardSlashUris() {
    assertThat(new ReportPaths(BASE).uri("./docs/./net/ports.md")).isEqualTo("docs/net/ports.md");
    assertThat(new ReportPaths(BASE).uri("docs/100% sure#.md"))
        .isEqualTo("docs/100%25%20sure%23.md");
  }

  @Test
  void fingerprintSurvivesLineShiftsAndTableRealignment() {
    String before = SarifReport.fingerprint("duplicate-row", "docs/a.md", "| tcp/443 | IN |");
    String realigned =
        SarifReport.fingerprint("duplicate-row", "docs/a.md", "  |  tcp/443   |   IN |  ");

    assertThat(realigned).isEqualTo(before);
    assertThat(SarifReport.fingerprint("duplicate-row", "docs/a.md", "| tcp/80 | IN |"))
        .isNotEqualTo(before);
    assertThat(SarifReport.fingerprint("typo", "docs/a.md", "| tcp/443 | IN |"))
        .isNotEqualTo(before);
    assertThat(SarifReport.fingerprint("duplicate-row", "docs/b.md", "| tcp/443 | IN |"))
        .isNotEqualTo(before);
  }

  @Test
  void fingerprintsDoNotDependOnLineNumbers() throws Exception {
    LintReport shifted =
        new LintReport(
            List.of("docs/a.md"),
            List.of(
                Diagnostic.of(
                    "duplicate-row", Severity.ERROR, "x", new SourceLocation("docs/a.md", 40, 1))),
            Reports.RULES,
            0,
            "1",
            (file, line) -> Optional.of("|  tcp/443 |"));

    String original =
        read(sarif(Reports.sample())).at("/runs/0/results/0/partialFingerprints").toString();
    String moved = read(sarif(shifted)).at("/runs/0/results/0/partialFingerprints").toString();

    assertThat(moved).isEqualTo(original);
  }

  @Test
  void identicalLinesInOneFileGetDistinctFingerprints() throws Exception {
    LintReport twice =
        withFindings(
            Diagnostic.of(
                "duplicate-row", Severity.ERROR, "x", new SourceLocation("docs/a.md", 5, 1)),
            Diagnostic.of(
                "duplicate-row", Severity.ERROR, "x", new SourceLocation("docs/a.md", 6, 1)));

    JsonNode results = read(sarif(twice)).at("/runs/0/results");
    String first = results.at("/0/partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText();
    String second = results.at("/1/partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText();

    assertThat(first).endsWith(":1");
    assertThat(second).endsWith(":2");
    assertThat(first.substring(0, first.length() - 2))
        .isEqualTo(second.substring(0, second.length() - 2));
  }

  @Test
  void ruleOutsideTheCatalogueIsAppendedSoRuleIndexStaysValid() throws Exception {
    LintReport report =
        withFindings(
            Diagnostic.of(
                "parse-error", Severity.ERROR, "x", new SourceLocation("docs/a.md", 1, 1)));

    JsonNode run = read(sarif(report)).at("/runs/0");

    assertThat(run.at("/tool/driver/rules/2/id").asText()).isEqualTo("parse-error");
    assertThat(run.at("/results/0/ruleIndex").asInt()).isEqualTo(2);
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() {
    assertThat(sarif(Reports.sample())).isEqualTo(sarif(Reports.sample()));
  }

  static LintReport withFindings(Diagnostic... findings) {
    return new LintReport(
        List.of("docs/a.md"), List.of(findings), Reports.RULES, 0, "1", Reports::line);
  }

  static JsonNode read(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }
}
