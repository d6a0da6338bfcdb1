package dev.portdoc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReportTest {

  static final Path BASE = Path.of("/srv/checkout");

  @Test
  void oneWorkflowCommandPerFindingThenTheSummaryLine() {
    String out = Reports.render(new GithubReport(BASE, Optional.empty())::write, Reports.sample());

    assertThat(out)
        .isEqualTo(
            """
            ::error file=docs/a.md,line=6,col=1,title=duplicate-row::Row duplicates the row at line 5; remove one of them.
            ::warning file=docs/b.md,line=3,col=3,title=typo::Unknown word 'Sefl'. (suggestion: Self)
            ::notice file=docs/b.md,line=3,col=5,title=typo::Port 80, not 443: "100%25" <b>&</b>%0Asecond line
            3 file(s) checked: 1 error(s), 1 warning(s), 1 info
            """);
  }

  @Test
  void propertiesEscapeColonsAndCommasAsWellAsDataCharacters() {
    assertThat(GithubReport.escapeProperty("a:b,c%d\r\ne")).isEqualTo("a%3Ab%2Cc%25d%0D%0Ae");
    assertThat(GithubReport.escapeData("a:b,c%d\r\ne")).isEqualTo("a:b,c%25d%0D%0Ae");
  }

  @Test
  void stepSummaryGetsAMarkdownTableAppended(@TempDir Path dir) throws IOException {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "earlier step\n");

    Reports.render(new GithubReport(BASE, Optional.of(summary))::write, Reports.sample());

    assertThat(Files.readString(summary))
        .isEqualTo(
            """
            earlier step
            ## portdoc lint

            3 file(s) checked: 1 error(s), 1 warning(s), 1 info

            | File | Line | Severity | Rule | Message |
            | --- | ---: | --- | --- | --- |
            | docs/a.md | 6 | error | `duplicate-row` | Row duplicates the row at line 5; remove one of them. |
            | docs/b.md | 3 | warning | `typo` | Unknown word 'Sefl'. |
            | docs/b.md | 3 | info | `typo` | Port 80, not 443: "100%" <b>&</b> second line |

            """);
  }

  @Test
  void pipesInMessagesDoNotBreakTheSummaryTable(@TempDir Path dir) throws IOException {
    Path summary = dir.resolve("summary.md");
    LintReport report =
        SarifReportTest.withFindings(
            dev.portdoc.model.diagnostic.Diagnostic.of(
                "typo",
                dev.portdoc.model.diagnostic.Severity.ERROR,
                "cell `a|b`",
                new dev.portdoc.model.source.SourceLocation("docs/a.md", 2, 1)));

    Reports.render(new GithubReport(BASE, Optional.of(summary))::write, report);

    assertThat(Files.readString(summary)).contains("| cell `a\\|b` |");
  }
}
