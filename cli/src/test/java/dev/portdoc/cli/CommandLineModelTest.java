package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code portdoc} builds only the invoked subcommand's picocli model; help, versions and every
 * error must read exactly as with all of them.
 */
class CommandLineModelTest {

  private static final List<List<String>> ARGUMENTS =
      List.of(
          List.of(),
          List.of("--help"),
          List.of("-h"),
          List.of("--version"),
          List.of("-V"),
          List.of("--version", "lint"),
          List.of("--verbose"),
          List.of("--bogus", "lint"),
          List.of("help"),
          List.of("lnt"),
          List.of("Lint"),
          List.of("lint", "--help"),
          List.of("lint", "-V"),
          List.of("lint", "--bogus"),
          List.of("lint", "--format", "xml", "."),
          List.of("lint", "--fail-on"),
          List.of("lint", "--dry-run", "."),
          List.of("lint", "no/such/folder"),
          List.of("--verbose", "lint", "--bogus"),
          List.of("--verbose", "--verbose", "lint", "--help"),
          List.of("lint", "--verbose", "--format"),
          List.of("build", "-h"),
          List.of("build", "a", "b"),
          List.of("export", "--help"),
          List.of("export", "--format"),
          List.of("render-md", "--help"),
          List.of("diff", "--help"),
          List.of("diff"),
          List.of("diff", "lint"));

  @Test
  void outputAndExitCodeAreTheSameWithOnlyTheInvokedSubcommand() {
    for (List<String> arguments : ARGUMENTS) {
      String[] args = arguments.toArray(String[]::new);

      assertThat(Cli.runAsMain(args)).as("portdoc %s", arguments).isEqualTo(Cli.run(args));
    }
  }

  @Test
  void aPlainSubcommandGetsOnlyItsOwnModelAndAnythingElseGetsThemAll() {
    assertThat(PortdocCommand.newCommandLine("--verbose", "lint", "docs").getSubcommands())
        .containsOnlyKeys("lint");
    assertThat(PortdocCommand.newCommandLine("--version").getSubcommands()).isEmpty();
    assertThat(PortdocCommand.newCommandLine("--help").getSubcommands())
        .containsOnlyKeys("lint", "build", "export", "render-md", "diff");
    assertThat(PortdocCommand.newCommandLine("lnt").getSubcommands()).hasSize(5);
  }

  @Test
  void helpListsTheSubcommandsInTheirOrder() {
    String help = Cli.runAsMain("--help").out();

    assertThat(help)
        .containsSubsequence("  lint ", "  build ", "  export ", "  render-md ", "  diff ");
  }
}
