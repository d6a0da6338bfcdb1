package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  /** The seed page as given, defects included; relative to this module, as a user would type. */
  static final String SEED = "../parser/src/test/resources/pages/seed-networking-ports.md";

  @Test
  void jsonReportNamesTheDuplicateRowAndTheFileAsGiven() throws IOException {
    Cli result = Cli.run("lint", SEED, "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertThat(report.get("diagnostics")).hasSize(3);
    JsonNode finding = report.get("diagnostics").get(0);
    assertThat(finding.get("file").asText()).isEqualTo(SEED);
    assertThat(finding.get("line").asInt()).isEqualTo(33);
    assertThat(finding.get("column").asInt()).isEqualTo(1);
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("rule").asText()).isEqualTo("duplicate-row");
    assertThat(finding.get("message").asText()).contains("line 32");
    assertThat(finding.get("suggestion").isNull()).isTrue();
    assertThat(report.get("summary").get("files").asInt()).isEqualTo(1);
    assertThat(report.get("summary").get("errors").asInt()).isEqualTo(1);
    JsonNode spelling = report.get("diagnostics").get(1);
    assertThat(spelling.get("line").asInt()).isEqualTo(44);
    assertThat(spelling.get("column").asInt()).isEqualTo(78);
    assertThat(spelling.get("severity").asText()).isEqualTo("warning");
    assertThat(spelling.get("rule").asText()).isEqualTo("spelling");
    assertThat(spelling.get("suggestion").asText()).isEqualTo("Self-Hosted");
    assertThat(report.get("summary").get("warnings").asInt()).isEqualTo(1);
    assertThat(report.get("summary").get("infos").asInt()).isEqualTo(1);
  }

  @Test
  void textReportHasOneLinePerFindingAndASummary() {
    Cli result = Cli.run("lint", SEED);

    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out())
        .isEqualTo(
            SEED
                + ":33:1: error duplicate-row Row duplicates the row at line 32; remove one of"
                + " them.\n"
                + SEED
                + ":44:78: warning spelling 'Sefl-Hosted' is misspelled; did you mean"
                + " 'Self-Hosted'? (suggestion: Self-Hosted)\n"
                + SEED
                + ":55:14: info service-port-mismatch HTTPS is registered on port 443, the row"
                + " says 6443.\n"
                + "1 file(s) checked: 1 error(s), 1 warning(s), 1 info\n");
  }

  @Test
  void failOnNoneExitsZeroDespiteErrors() {
    assertThat(Cli.run("lint", SEED, "--fail-on", "none").exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void cleanPageExitsZero(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("ok.md"), "| Port | Direction |\n|---|---|\n| tcp/443 | INBOUND |\n");

    Cli result = Cli.run("lint", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 info\n");
  }

  @Test
  void folderPathsAreReportedBelowTheFolderAsGiven(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("docs/net"));
    Files.writeString(
        sub.resolve("ports.mdx"),
        "| Port | Direction |\n|---|---|\n| tcp/443 | IN |\n| tcp/443 | in |\n");
    Files.writeString(dir.resolve("docs/readme.txt"), "not a page");

    Cli result = Cli.run("lint", dir.resolve("docs").toString(), "--format", "json");

    assertThat(result.out()).contains("\"file\" : \"" + dir.resolve("docs") + "/net/ports.mdx\"");
    assertThat(result.out()).contains("\"line\" : 4");
  }

  @Test
  void missingPathIsAUsageErrorNamingThePath() {
    Cli result = Cli.run("lint", "no/such/page.md");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("portdoc: no/such/page.md: no such file or folder\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void folderWithoutPagesIsAUsageError(@TempDir Path dir) {
    Cli result = Cli.run("lint", dir.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains(dir.toString()).contains("no .md or .mdx pages");
  }

  @Test
  void unknownOptionOrFormatIsAUsageError() {
    assertThat(Cli.run("lint", "--bogus").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("lint", SEED, "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run().exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
