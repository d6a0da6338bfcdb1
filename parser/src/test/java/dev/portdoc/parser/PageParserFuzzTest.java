package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.portdoc.model.check.Linter;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.validation.StandardChecks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the page parser. A normal test run replays the inputs saved under {@code
 * src/test/resources/dev/portdoc/parser/PageParserFuzzTestInputs/<method>/}; with {@code
 * JAZZER_FUZZ=1} Jazzer mutates them for {@code maxDuration} (see the README, "Fuzzing").
 */
class PageParserFuzzTest {

  private static final PageParser PARSER = PageParser.create();
  private static final GuardedPageParser GUARDED =
      new GuardedPageParser(PARSER::parse, Duration.ofSeconds(60), 1);
  private static final Linter LINTER = StandardChecks.linter();

  /**
   * Any text gives a document whose locations lie inside the text, and the checks run on it. A
   * stack overflow is the one failure allowed: it comes from flexmark's recursion on deep nesting,
   * and {@link GuardedPageParser} turns it into a finding (see {@link #anyBytesGiveAResult}).
   */
  @FuzzTest(maxDuration = "10m")
  void anyTextParsesWithLocationsInsideTheText(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Document document;
    try {
      document = PARSER.parse("fuzz.md", text);
    } catch (StackOverflowError e) {
      return;
    } catch (RuntimeException e) {
      // flexmark's own bugs (its tables extension fails on a tab-indented separator row: see
      // flexmark-tab-indented-separator.md); the guarded parser reports them as parse-error
      assertThat(e.getStackTrace())
          .as("exception thrown outside flexmark's parse: %s", e)
          .anyMatch(PageParserFuzzTest::isFlexmarkParse);
      return;
    }
    int lastLine = GuardedPageParser.locate("fuzz.md", text, text.length()).line();
    for (SourceLocation location : locations(document)) {
      assertThat(location.file()).isEqualTo("fuzz.md");
      assertThat(location.line()).isBetween(1, lastLine);
    }
    for (Diagnostic diagnostic : LINTER.lint(document)) {
      assertThat(diagnostic.location().line()).isBetween(1, lastLine);
    }
  }

  /** Any bytes, text or not, give a result: a document, or an empty one and a parse-error. */
  @FuzzTest(maxDuration = "10m")
  void anyBytesGiveAResult(byte[] bytes) {
    GuardedPageParser.Result result = GUARDED.parse("fuzz.md", bytes);
    assertThat(result.document().path()).isEqualTo("fuzz.md");
    assertThat(result.diagnostics())
        .allSatisfy(d -> assertThat(d.ruleId()).isEqualTo(GuardedPageParser.RULE_ID));
    if (result.diagnostics().isEmpty()) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      String page = text.startsWith("\uFEFF") ? text.substring(1) : text;
      try {
        assertThat(result.document()).isEqualTo(PARSER.parse("fuzz.md", page));
      } catch (StackOverflowError e) {
        // the guard's thread has the larger stack
      }
    }
  }

  private static boolean isFlexmarkParse(StackTraceElement frame) {
    return frame.getClassName().equals("com.vladsch.flexmark.parser.Parser")
        && frame.getMethodName().equals("parse");
  }

  private static List<SourceLocation> locations(Document document) {
    List<SourceLocation> locations = new ArrayList<>();
    document.headings().forEach(h -> locations.add(h.location()));
    document.prose().forEach(p -> locations.add(p.location()));
    for (PortTable table : document.tables()) {
      locations.add(table.location());
      table.columns().forEach(c -> locations.add(c.location()));
      for (TableRow row : table.rows()) {
        locations.add(row.location());
        row.cells().stream().map(Cell::location).forEach(locations::add);
        row.rules().stream().map(PortRule::location).forEach(locations::add);
      }
    }
    return locations;
  }
}
