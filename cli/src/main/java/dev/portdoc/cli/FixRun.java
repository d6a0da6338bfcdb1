package dev.portdoc.cli;

import dev.portdoc.cli.fix.PageFiles;
import dev.portdoc.cli.fix.SourceFixer;
import dev.portdoc.cli.fix.UnifiedDiff;
import dev.portdoc.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** {@code lint --fix}: applies the fixes of a run's findings to its pages, or shows them. */
final class FixRun {

  /** What a fix pass did: findings fixed and files changed (or that would change). */
  record Outcome(int fixed, int files) {}

  private FixRun() {}

  /**
   * Fixes every page of {@code run} that has findings with fixes. With {@code dryRun} prints the
   * unified diff to {@code out} and writes nothing; otherwise rewrites only the pages that change.
   * Notes on pages left alone (specs, non-UTF-8) go to {@code err}.
   */
  static Outcome apply(
      List<DocsLoader.Page> pages, LintRun run, boolean dryRun, PrintWriter out, PrintWriter err) {
    int fixed = 0;
    int files = 0;
    for (DocsLoader.Page page : pages) {
      List<Diagnostic> findings = run.findings().getOrDefault(page.displayPath(), List.of());
      long fixable = findings.stream().filter(d -> d.fix().isPresent()).count();
      if (fixable == 0) {
        continue;
      }
      if (DocsLoader.isSpec(page.file())) {
        err.println(
            page.displayPath() + ": spec files are not fixed (" + fixable + " fixable finding(s))");
        continue;
      }
      Optional<PageFiles.Text> text = read(page);
      if (text.isEmpty()) {
        err.println(page.displayPath() + ": not valid UTF-8; not fixed");
        continue;
      }
      SourceFixer.Result result = SourceFixer.apply(text.get().text(), findings);
      if (!result.changed()) {
        continue;
      }
      fixed += result.fixed();
      files++;
      if (dryRun) {
        out.print(UnifiedDiff.of(page.displayPath(), result));
      } else {
        write(page, new PageFiles.Text(result.text(), text.get().bom()));
      }
    }
    out.flush();
    err.flush();
    return new Outcome(fixed, files);
  }

  private static Optional<PageFiles.Text> read(DocsLoader.Page page) {
    try {
      return PageFiles.read(page.file());
    } catch (IOException e) {
      throw new UsageException(page.displayPath() + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static void write(DocsLoader.Page page, PageFiles.Text text) {
    try {
      PageFiles.write(page.file(), text);
    } catch (IOException e) {
      throw new UsageException(
          page.displayPath() + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }
}
