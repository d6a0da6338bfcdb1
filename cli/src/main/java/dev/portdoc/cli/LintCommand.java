package dev.portdoc.cli;

import dev.portdoc.cli.config.DocsConfig;
import dev.portdoc.cli.report.ReportFormat;
import dev.portdoc.validation.StandardChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portdoc lint}: check pages and report findings. */
@Command(
    name = "lint",
    description = "Check the port tables of Markdown/MDX pages and report findings.",
    mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {

  /** Fix passes at most: each can only uncover fixes behind a fixed header. */
  private static final int FIX_ROUNDS = 3;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders to check (every .md and .mdx below a folder). Default: .")
  List<String> paths = List.of(".");

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  ReportFormat format = ReportFormat.text;

  @Option(
      names = "--diff-base",
      paramLabel = "REF",
      description = "Report only findings on lines changed since the git revision REF.")
  String diffBase;

  @Option(
      names = "--step-summary",
      paramLabel = "FILE",
      defaultValue = "${env:GITHUB_STEP_SUMMARY}",
      description =
          "With --format github, append a Markdown summary to FILE."
              + " Default: $GITHUB_STEP_SUMMARY when set.")
  Path stepSummary;

  @Mixin FailOnOption failOn = new FailOnOption();

  @Option(
      names = "--fix",
      description =
          "Remove duplicate rows and apply unambiguous typo suggestions in place, then report what"
              + " remains.")
  boolean fix;

  @Option(
      names = "--dry-run",
      description = "With --fix: print the unified diff of the fixes and write nothing.")
  boolean dryRun;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file. Default: portdoc.yaml in the first PATH (or beside it).")
  Path config;

  @Override
  public Integer call() {
    if (dryRun && !fix) {
      throw new UsageException("--dry-run only works with --fix");
    }
    DocsConfig docs = Configs.find(config, paths);
    DocsLoader loader = new DocsLoader();
    List<DocsLoader.Page> pages = loader.find(paths, docs::isIgnored);
    LintRun run = lint(loader, pages, docs);
    int fixed = 0;
    if (fix) {
      FixRun.Outcome outcome =
          FixRun.apply(
              pages, run, dryRun, spec.commandLine().getOut(), spec.commandLine().getErr());
      if (dryRun) {
        spec.commandLine()
            .getErr()
            .println(
                outcome.fixed() + " finding(s) would be fixed in " + outcome.files() + " file(s)");
        spec.commandLine().getErr().flush();
        return ExitCode.OK;
      }
      fixed = outcome.fixed();
      // a fixed header can make its column readable and reveal typos in its cells: a few more
      // rounds fix those; then report what remains, at the lines as they now are
      for (int round = 1; outcome.files() > 0 && round <= FIX_ROUNDS; round++) {
        run = lint(loader, pages, docs);
        if (round < FIX_ROUNDS) {
          outcome = FixRun.apply(pages, run, false, spec.commandLine().getOut(), quiet());
          fixed += outcome.fixed();
        }
      }
    }
    // after the diff filter: a page that cannot be read is reported whatever changed
    run = run.withFindings(loader.parseErrors());
    Reports.write(
        format,
        run,
        StandardChecks.all(docs.config()),
        fixed,
        Optional.ofNullable(stepSummary),
        spec.commandLine().getOut());
    return failOn.exitCode(run);
  }

  /** Notes on pages left alone are printed in the first round only. */
  private static java.io.PrintWriter quiet() {
    return new java.io.PrintWriter(java.io.Writer.nullWriter());
  }

  private LintRun lint(DocsLoader loader, List<DocsLoader.Page> pages, DocsConfig docs) {
    LintRun run = LintRun.stream(loader, pages, StandardChecks.linter(docs.config()), false);
    return diffBase == null ? run : run.onlyChanged(ChangedSince.lines(diffBase, paths));
  }
}
