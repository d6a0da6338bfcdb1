package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portdoc.cli.report.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintFormatsTest {

  static final String SEED = LintCommandTest.SEED;

  @Test
  void sarifOfTheSeedPageIsValidAndPointsAtLine33() throws IOException {
    Cli result = Cli.run("lint", SEED, "--format", "sarif");

    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(SarifSchema.violations(result.out())).isEmpty();
    JsonNode sarif = new ObjectMapper().readTree(result.out());
    JsonNode finding = sarif.at("/runs/0/results/0");
    assertThat(finding.get("ruleId").asText()).isEqualTo("duplicate-row");
    assertThat(finding.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(33);
    // the seed lives outside the folder the tests run in, so its URI is absolute
    assertThat(finding.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .startsWith("file:/")
        .endsWith("/parser/src/test/resources/pages/seed-networking-ports.md");
    assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id"))
        .contains("duplicate-row");
  }

  @Test
  void githubFormatPrintsAnnotationsAndWritesTheStepSummary(@TempDir Path dir) throws IOException {
    Path summary = dir.resolve("summary.md");

    Cli result = Cli.run("lint", SEED, "--format", "github", "--step-summary", summary.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(result.out())
        .startsWith(
            "::error file=../parser/src/test/resources/pages/seed-networking-ports.md,line=33,col=1,"
                + "title=duplicate-row::Row duplicates the row at line 32; remove one of them.\n");
    assertThat(Files.readString(summary)).contains("| 33 | error | `duplicate-row` |");
  }

  @Test
  void checkstyleFormatNamesTheFileAsGiven() {
    Cli result = Cli.run("lint", SEED, "--format", "checkstyle");

    assertThat(result.out())
        .contains("<file name=\"" + SEED + "\">")
        .contains(
            "<error line=\"33\" column=\"1\" severity=\"error\" message=\"Row duplicates the row at"
                + " line 32; remove one of them.\" source=\"portdoc.duplicate-row\"/>");
  }

  @Test
  void diffBaseKeepsOnlyFindingsOnChangedLines(@TempDir Path repo) throws Exception {
    String table = "| Port | Direction |\n|---|---|\n| tcp/443 | in |\n| tcp/443 | in |\n";
    Files.writeString(repo.resolve("old.md"), table);
    Files.writeString(repo.resolve("new.md"), "# New\n");
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base");
    // a second duplicate added below the old one, and a new page with a duplicate
    Files.writeString(repo.resolve("old.md"), table + "| tcp/443 | IN |\n");
    Files.writeString(repo.resolve("new.md"), table);
    Files.writeString(repo.resolve("untracked.md"), table);

    Cli all = Cli.run("lint", repo.toString(), "--format", "json");
    Cli changed = Cli.run("lint", repo.toString(), "--format", "json", "--diff-base", "HEAD");

    assertThat(lines(all)).containsExactly("new.md:4", "old.md:4", "old.md:5", "untracked.md:4");
    assertThat(lines(changed)).containsExactly("new.md:4", "old.md:5", "untracked.md:4");
  }

  @Test
  void diffBaseOutsideARepositoryIsAUsageError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), "# A\n");

    Cli result = Cli.run("lint", dir.resolve("a.md").toString(), "--diff-base", "main");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "portdoc: --diff-base main: "
                + dir.toAbsolutePath().normalize()
                + " is not inside a git repository\n");
  }

  @Test
  void diffBaseWithAnUnknownRevisionNamesIt(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("a.md"), "# A\n");
    git(repo, "init", "-q");

    Cli result = Cli.run("lint", repo.resolve("a.md").toString(), "--diff-base", "no-such-branch");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err())
        .isEqualTo("portdoc: --diff-base no-such-branch: unknown git revision 'no-such-branch'\n");
  }

  static List<String> lines(Cli result) throws IOException {
    List<String> found = new ArrayList<>();
    for (JsonNode d : new ObjectMapper().readTree(result.out()).get("diagnostics")) {
      String file = d.get("file").asText();
      found.add(file.substring(file.lastIndexOf('/') + 1) + ":" + d.get("line").asInt());
    }
    return found;
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
