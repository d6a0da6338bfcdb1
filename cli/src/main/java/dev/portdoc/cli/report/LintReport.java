package dev.portdoc.cli.report;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every report format needs from one lint run.
 *
 * @param files the pages checked, by the path reports show, in input order
 * @param findings every finding, file by file, each file's sorted by location
 * @param rules the rule catalogue of the run (SARIF lists it; others ignore it)
 * @param fixed how many findings an auto-fix removed before this report (0 when nothing was fixed)
 * @param toolVersion the portdoc version reported in SARIF
 * @param sources the text of the checked files, for fingerprints
 */
public record LintReport(
    List<String> files,
    List<Diagnostic> findings,
    List<Check> rules,
    int fixed,
    String toolVersion,
    SourceLines sources) {

  public LintReport {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    if (fixed < 0) {
      throw new IllegalArgumentException("fixed must not be negative, was " + fixed);
    }
    Objects.requireNonNull(toolVersion, "toolVersion must not be null");
    Objects.requireNonNull(sources, "sources must not be null");
  }

  /** How many findings have {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(d -> d.severity() == severity).count();
  }

  /** {@code 1 file(s) checked: 1 error(s), 0 warning(s), 0 info}, and what was fixed if any. */
  public String summaryLine() {
    String line =
        String.format(
            "%d file(s) checked: %d error(s), %d warning(s), %d info",
            files.size(), count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO));
    return fixed > 0 ? line + "; " + fixed + " fixed" : line;
  }

  /** The text of a source line, looked up when a format needs it. */
  @FunctionalInterface
  public interface SourceLines {

    /** No text for any file: fingerprints then rest on the rule and file alone. */
    SourceLines NONE = (file, line) -> Optional.empty();

    /** Line {@code line} (1-based) of {@code file} as reports name it, without its line end. */
    Optional<String> line(String file, int line);
  }
}
