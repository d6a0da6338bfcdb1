package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  private static final String PAGE =
      """
      # Ports

      Palette Sefl-Hosted.

      | Port            | Direction |
      | --------------- | --------- |
      | NATS (tcp/4222) | OUTBOUND  |
      | NATS (tcp/4222) | OUTBOUND  |
      """;

  private static Path tree(Path dir, String config) throws IOException {
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("ports.md"), PAGE);
    // no prose: a word used twice in a tree counts as a deliberate name, not a slip
    Files.writeString(dir.resolve("drafts/old.md"), PAGE.substring(PAGE.indexOf('|')));
    if (config != null) {
      Files.writeString(dir.resolve("portdoc.yaml"), config);
    }
    return dir;
  }

  @Test
  void withoutAFileEveryRuleRunsAtItsDefault(@TempDir Path dir) throws IOException {
    Cli result = Cli.run("lint", tree(dir, null).toString());

    assertThat(result.out()).endsWith("2 file(s) checked: 2 error(s), 1 warning(s), 0 info\n");
  }

  @Test
  void severitiesWordsAndIgnoredPathsApply(@TempDir Path dir) throws IOException {
    String config =
        """
        rules:
          duplicate-row: warning
          spelling: off
        words: [unused]
        ignore:
          - "drafts/**"
        """;

    Cli result = Cli.run("lint", tree(dir, config).toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out())
        .isEqualTo(
            dir
                + "/ports.md:8:1: warning duplicate-row Row duplicates the row at line 7; remove"
                + " one of them.\n1 file(s) checked: 0 error(s), 1 warning(s), 0 info\n");
  }

  @Test
  void configuredWordsSilenceSpelling(@TempDir Path dir) throws IOException {
    Cli result = Cli.run("lint", tree(dir, "words:\n  - Sefl\n").toString());

    assertThat(result.out()).doesNotContain("spelling");
  }

  @Test
  void anExplicitConfigFileWinsAndAppliesToBuildToo(@TempDir Path dir) throws IOException {
    tree(dir, null);
    Path config = Files.writeString(dir.resolve("strict.yaml"), "rules:\n  spelling: error\n");

    Cli lint = Cli.run("lint", dir.resolve("ports.md").toString(), "--config", config.toString());
    Cli build =
        Cli.run(
            "build",
            dir.toString(),
            "--config",
            config.toString(),
            "--out",
            dir.resolve("out").toString());

    assertThat(lint.out()).contains("error spelling");
    assertThat(build.out()).contains("error spelling");
  }

  @Test
  void malformedOrWrongConfigurationIsAUsageErrorNamingFileAndLine(@TempDir Path dir)
      throws IOException {
    tree(dir, "rules:\n  spelling: off\n  duplicate-rows: off\n");
    Path file = dir.resolve("portdoc.yaml");

    Cli unknownRule = Cli.run("lint", dir.toString());
    Files.writeString(file, "rules:\n  spelling: loud\n");
    Cli badSeverity = Cli.run("lint", dir.toString());
    Files.writeString(file, "rules:\n  spelling: off\n\tbad\n");
    Cli malformed = Cli.run("lint", dir.toString());
    Files.writeString(file, "color: blue\n");
    Cli unknownKey = Cli.run("lint", dir.toString());

    assertThat(unknownRule.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknownRule.out()).isEmpty();
    assertThat(unknownRule.err())
        .isEqualTo("portdoc: " + file + ":3: unknown rule 'duplicate-rows'\n");
    assertThat(badSeverity.err())
        .isEqualTo(
            "portdoc: "
                + file
                + ":2: rule 'spelling': 'loud' is not error, warning, info or off\n");
    assertThat(malformed.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(malformed.err()).startsWith("portdoc: " + file + ":3: malformed YAML: ");
    assertThat(unknownKey.err())
        .isEqualTo(
            "portdoc: " + file + ":1: unknown key 'color' (expected rules, words or ignore)\n");
  }

  @Test
  void aMissingExplicitConfigFileIsAUsageError(@TempDir Path dir) throws IOException {
    Cli result =
        Cli.run(
            "lint", tree(dir, null).toString(), "--config", dir.resolve("nope.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("nope.yaml: no such configuration file");
  }
}
