package dev.portdoc.cli.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangedLinesTest {

  @Test
  void hunkHeadersGiveTheAddedLineRangesOfEachFile() {
    String diff =
        """
        diff --git a/docs/a.md b/docs/a.md
        index 1..2 100644
        --- a/docs/a.md
        +++ b/docs/a.md
        @@ -3 +3 @@ heading
        -old
        +new
        @@ -10,0 +11,2 @@
        +one
        +two
        @@ -20,3 +22,0 @@
        -gone
        diff --git a/docs/b c.md b/docs/b c.md
        --- a/docs/b c.md
        +++ b/docs/b c.md
        @@ -1,2 +1,4 @@
        """;

    Map<String, List<int[]>> files = ChangedLines.parse(diff);

    assertThat(files).containsOnlyKeys("docs/a.md", "docs/b c.md");
    assertThat(files.get("docs/a.md")).containsExactly(new int[] {3, 1}, new int[] {11, 2});
    assertThat(files.get("docs/b c.md")).containsExactly(new int[] {1, 4});
  }

  @Test
  void deletedFilesHaveNoLines() {
    String diff =
        """
        --- a/docs/gone.md
        +++ /dev/null
        @@ -1,3 +0,0 @@
        """;

    assertThat(ChangedLines.parse(diff)).isEmpty();
  }

  @Test
  void quotedNamesAreUnescaped() {
    assertThat(ChangedLines.unquote("\"b/a\\\"q\\tb.md\"")).isEqualTo("b/a\"q\tb.md");
    assertThat(ChangedLines.unquote("\"b/caf\\303\\251.md\"")).isEqualTo("b/café.md");
    assertThat(ChangedLines.unquote("b/plain.md")).isEqualTo("b/plain.md");
  }
}
