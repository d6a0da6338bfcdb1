package dev.portdoc.cli.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Fix;
import dev.portdoc.model.diagnostic.LineDeletion;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.diagnostic.TextEdit;
import dev.portdoc.model.source.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFixerTest {

  private static Diagnostic replace(int line, int column, int length, String replacement) {
    return Diagnostic.of("t", Severity.WARNING, "m", new SourceLocation("p.md", line, column))
        .withFix(
            Fix.of(new TextEdit(new SourceLocation("p.md", line, column), length, replacement)));
  }

  private static Diagnostic deleteLine(int line) {
    return Diagnostic.of("d", Severity.ERROR, "m", new SourceLocation("p.md", line, 1))
        .withFix(Fix.of(LineDeletion.of("p.md", line)));
  }

  @Test
  void keepsEachLinesOwnLineEnd() {
    String text = "a tpc\r\nsame\r\nb\rc\nlast";

    SourceFixer.Result result =
        SourceFixer.apply(text, List.of(deleteLine(2), replace(1, 3, 3, "tcp")));

    assertThat(result.text()).isEqualTo("a tcp\r\nb\rc\nlast");
    assertThat(result.fixed()).isEqualTo(2);
  }

  @Test
  void deletingTheLastLineWithoutALineEndKeepsTheLineBefore() {
    assertThat(SourceFixer.apply("x\ny", List.of(deleteLine(2))).text()).isEqualTo("x\n");
  }

  @Test
  void appliesSeveralEditsOnOneLineFromRightToLeft() {
    String text = "| tpc | INBOUD | x |\n";

    SourceFixer.Result result =
        SourceFixer.apply(text, List.of(replace(1, 3, 3, "tcp"), replace(1, 9, 6, "INBOUND")));

    assertThat(result.text()).isEqualTo("| tcp | INBOUND | x |\n");
  }

  @Test
  void skipsAFixThatOverlapsOneAlreadyTakenOrFallsOffTheLine() {
    String text = "abcdef\nxy\n";

    SourceFixer.Result result =
        SourceFixer.apply(
            text,
            List.of(
                replace(1, 2, 3, "B"), // bcd -> B
                replace(1, 4, 2, "Q"), // overlaps "de": skipped
                replace(2, 2, 5, "Z"), // runs past the line end: skipped
                replace(3, 1, 0, "new"), // no such line: skipped
                replace(2, 1, 1, "X"),
                deleteLine(2))); // the line has an edit taken: skipped

    assertThat(result.text()).isEqualTo("aBef\nXy\n");
    assertThat(result.fixed()).isEqualTo(2);
  }

  @Test
  void findingsWithoutFixesChangeNothing() {
    String text = "| a |\n";
    Diagnostic plain = Diagnostic.of("x", Severity.ERROR, "m", new SourceLocation("p.md", 1, 1));

    SourceFixer.Result result = SourceFixer.apply(text, List.of(plain));

    assertThat(result.changed()).isFalse();
    assertThat(result.text()).isEqualTo(text);
    assertThat(result.fixed()).isZero();
  }

  @Test
  void realignsAnAlignedTableWhoseCellGrew() {
    String text =
        """
        | Port | Direction |
        | ---: | :-------: |
        | 22   | INBOUD    |
        | 8080 | OUT       |
        """;

    String fixed = SourceFixer.apply(text, List.of(replace(3, 10, 6, "INBOUNDXXXX"))).text();

    assertThat(fixed)
        .isEqualTo(
            """
            | Port |  Direction  |
            | ---: | :---------: |
            |   22 | INBOUNDXXXX |
            | 8080 |     OUT     |
            """);
  }

  @Test
  void leavesAnUnalignedTableAsWrittenExceptTheEditedCell() {
    String text =
        """
        |Port|Direction|
        |---|---|
        | 22 |  INBOUD |
        |8080|OUT|
        """;

    String fixed = SourceFixer.apply(text, List.of(replace(3, 9, 6, "INBOUND"))).text();

    assertThat(fixed)
        .isEqualTo(
            """
            |Port|Direction|
            |---|---|
            | 22 |  INBOUND |
            |8080|OUT|
            """);
  }

  @Test
  void anAlignedTableKeepsItsWidthsWhenTheLongerCellStillFits() {
    String text =
        """
        | Port | Direction |
        | ---- | --------- |
        | 22   | INBOUD    |
        """;

    String fixed = SourceFixer.apply(text, List.of(replace(3, 10, 6, "INBOUND"))).text();

    assertThat(fixed)
        .isEqualTo(
            """
            | Port | Direction |
            | ---- | --------- |
            | 22   | INBOUND   |
            """);
  }

  @Test
  void unifiedDiffShowsTheChangedLinesWithContext() {
    String text = "1\n2\n3\n4\nold\n6\n7\n8\n9\n10\n11\n12\ndup\n14\n";

    SourceFixer.Result result =
        SourceFixer.apply(text, List.of(replace(5, 1, 3, "new"), deleteLine(13)));

    assertThat(UnifiedDiff.of("docs/p.md", result))
        .isEqualTo(
            """
            --- a/docs/p.md
            +++ b/docs/p.md
            @@ -2,7 +2,7 @@
             2
             3
             4
            -old
            +new
             6
             7
             8
            @@ -10,5 +10,4 @@
             10
             11
             12
            -dup
             14
            """);
  }

  @Test
  void textWithoutFixesComesBackByteForByteWhateverItsLineEnds() {
    java.util.Random random = new java.util.Random(7);
    String[] pieces = {"a", "|", " ", "\n", "\r\n", "\r", "\uFEFF", "é", "\t"};
    for (int run = 0; run < 500; run++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String original = text.toString();

      SourceFixer.Result result = SourceFixer.apply(original, List.of());

      assertThat(result.text()).isEqualTo(original);
      assertThat(result.changed()).isFalse();
      assertThat(UnifiedDiff.of("p.md", result)).isEmpty();
    }
  }

  @Test
  void aLineDeletionRemovesExactlyThatLineWhateverItsLineEnd() {
    java.util.Random random = new java.util.Random(11);
    String[] ends = {"\n", "\r\n", "\r"};
    for (int run = 0; run < 200; run++) {
      int count = 1 + random.nextInt(8);
      StringBuilder text = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      int delete = 1 + random.nextInt(count);
      for (int line = 1; line <= count; line++) {
        String end = line == count && random.nextBoolean() ? "" : ends[random.nextInt(3)];
        String content = "| row " + line + " |";
        text.append(content).append(end);
        if (line != delete) {
          expected.append(content).append(end);
        }
      }

      String fixed = SourceFixer.apply(text.toString(), List.of(deleteLine(delete))).text();

      assertThat(fixed).as(text.toString()).isEqualTo(expected.toString());
    }
  }
}
