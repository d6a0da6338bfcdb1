package dev.portdoc.cli;

import picocli.CommandLine.Option;

/** The {@code --fail-on} flag that {@code lint} and {@code build} share. */
final class FailOnOption {

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit with 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}."
              + " Default: ${DEFAULT-VALUE}.")
  FailOn failOn = FailOn.error;

  /** The exit code for a run with these findings. */
  int exitCode(LintRun run) {
    return run.fails(failOn) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
