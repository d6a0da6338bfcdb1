package dev.portdoc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void plainTextHasNoEscapeCodes() {
    String out = Reports.render(new TextReport(false)::write, Reports.sample());

    assertThat(out)
        .startsWith(
            "docs/a.md:6:1: error duplicate-row Row duplicates the row at line 5; remove one of"
                + " them.\n"
                + "docs/b.md:3:3: warning typo Unknown word 'Sefl'. (suggestion: Self)\n")
        .endsWith("3 file(s) checked: 1 error(s), 1 warning(s), 1 info\n")
        .doesNotContain("\u001B");
  }

  @Test
  void colourPaintsSeverityAndRuleOnly() {
    String out = Reports.render(new TextReport(true)::write, Reports.sample());

    assertThat(out.lines().findFirst().orElseThrow())
        .isEqualTo(
            "docs/a.md:6:1: \u001B[31merror\u001B[0m \u001B[2mduplicate-row\u001B[0m Row"
                + " duplicates the row at line 5; remove one of them.");
    assertThat(out.replaceAll("\u001B\\[[0-9;]*m", ""))
        .isEqualTo(Reports.render(new TextReport(false)::write, Reports.sample()));
  }

  @Test
  void colourNeedsATerminalAndNoNoColor() {
    assertThat(TextReport.colourWanted(null, true)).isTrue();
    assertThat(TextReport.colourWanted("", true)).isTrue();
    assertThat(TextReport.colourWanted("1", true)).isFalse();
    assertThat(TextReport.colourWanted(null, false)).isFalse();
  }

  @Test
  void summaryShowsFixedCountOnlyWhenSomethingWasFixed() {
    LintReport fixed =
        new LintReport(List.of("a.md"), List.of(), List.of(), 2, "1", LintReport.SourceLines.NONE);

    assertThat(fixed.summaryLine())
        .isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 info; 2 fixed");
  }
}
