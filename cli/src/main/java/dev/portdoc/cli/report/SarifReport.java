package dev.portdoc.cli.report;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Edit;
import dev.portdoc.model.diagnostic.Fix;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.diagnostic.TextEdit;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, as GitHub code scanning and other viewers read it: one run whose driver lists the
 * rule catalogue, one result per finding with a relative location and a fingerprint that survives
 * lines moving up or down.
 */
public final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://portdoc.dev";
  static final String SRCROOT = "%SRCROOT%";

  /** Bumped when the fingerprint recipe changes, so old and new alerts don't mix. */
  static final String FINGERPRINT_KEY = "portdocLineHash/v1";

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PIPE_PADDING = Pattern.compile(" ?\\| ?");

  private final ReportPaths paths;

  /** A report whose URIs are relative to {@code base} (the folder the user ran portdoc in). */
  public SarifReport(Path base) {
    this.paths = new ReportPaths(base);
  }

  public void write(LintReport report, PrintWriter out) {
    List<String> ruleIds = new ArrayList<>();
    List<Object> rules = new ArrayList<>();
    for (Check check : report.rules()) {
      ruleIds.add(check.id());
      rules.add(rule(check.id(), check.description(), check.defaultSeverity()));
    }
    // a finding from outside the catalogue (a parse problem, say) still gets a descriptor
    for (Diagnostic d : report.findings()) {
      if (!ruleIds.contains(d.ruleId())) {
        ruleIds.add(d.ruleId());
        rules.add(rule(d.ruleId(), d.ruleId(), d.severity()));
      }
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "portdoc");
    driver.put("version", report.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    driver.put("rules", rules);

    List<Object> results = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Diagnostic d : report.findings()) {
      results.add(result(d, ruleIds.indexOf(d.ruleId()), report.sources(), seen));
    }

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    out.println(JsonReport.toJson(log));
  }

  private static Map<String, Object> rule(String id, String description, Severity severity) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    rule.put("shortDescription", Map.of("text", description));
    rule.put("defaultConfiguration", Map.of("level", level(severity)));
    return rule;
  }

  private Map<String, Object> result(
      Diagnostic d, int ruleIndex, LintReport.SourceLines sources, Map<String, Integer> seen) {
    String uri = paths.uri(d.location().file());
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", uri);
    if (paths.isRelative(d.location().file())) {
      artifact.put("uriBaseId", SRCROOT);
    }
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", d.location().line());
    region.put("startColumn", d.location().column());
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    physical.put("region", region);

    String hash =
        fingerprint(
            d.ruleId(), uri, sources.line(d.location().file(), d.location().line()).orElse(""));
    // identical lines in one file (repeated duplicates) still get distinct fingerprints
    int occurrence = seen.merge(hash, 1, Integer::sum);

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", d.ruleId());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(d.severity()));
    result.put("message", Map.of("text", message(d)));
    result.put("locations", List.of(Map.of("physicalLocation", physical)));
    result.put("partialFingerprints", Map.of(FINGERPRINT_KEY, hash + ":" + occurrence));
    d.fix().ifPresent(fix -> result.put("fixes", List.of(fix(d, fix, artifact))));
    return result;
  }

  /** A SARIF fix: one artifact change whose replacements are the fix's edits. */
  private static Map<String, Object> fix(Diagnostic d, Fix fix, Map<String, Object> artifact) {
    List<Object> replacements = new ArrayList<>();
    for (Edit edit : fix.edits()) {
      Map<String, Object> deleted = new LinkedHashMap<>();
      Map<String, Object> replacement = new LinkedHashMap<>();
      deleted.put("startLine", edit.start().line());
      deleted.put("startColumn", edit.start().column());
      if (edit instanceof TextEdit text) {
        deleted.put("endLine", edit.start().line());
        deleted.put("endColumn", edit.start().column() + text.length());
        replacement.put("deletedRegion", deleted);
        replacement.put("insertedContent", Map.of("text", text.replacement()));
      } else {
        // the whole line with its line end: up to the start of the next line
        deleted.put("endLine", edit.start().line() + 1);
        deleted.put("endColumn", 1);
        replacement.put("deletedRegion", deleted);
      }
      replacements.add(replacement);
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("artifactLocation", artifact);
    change.put("replacements", replacements);
    Map<String, Object> sarifFix = new LinkedHashMap<>();
    sarifFix.put(
        "description",
        Map.of(
            "text", d.suggestion().map(s -> "Replace with '" + s + "'").orElse("Delete the line")));
    sarifFix.put("artifactChanges", List.of(change));
    return sarifFix;
  }

  private static String message(Diagnostic d) {
    return d.suggestion().map(s -> d.message() + " (suggestion: " + s + ")").orElse(d.message());
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * SHA-256 of the rule id, the file and the offending line with its spacing normalised, so that
   * re-aligning a table or inserting lines above a finding keeps its fingerprint.
   */
  static String fingerprint(String ruleId, String uri, String lineText) {
    String normalised = SPACES.matcher(lineText.strip()).replaceAll(" ");
    normalised = PIPE_PADDING.matcher(normalised).replaceAll("|");
    String key = ruleId + '\0' + uri + '\0' + normalised;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
