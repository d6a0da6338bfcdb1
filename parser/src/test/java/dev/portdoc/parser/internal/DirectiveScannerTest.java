package dev.portdoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveScannerTest {

  private static List<String> scan(String page) {
    return DirectiveScanner.scan("p.md", page).stream()
        .map(
            s ->
                s.location().line()
                    + ":"
                    + s.location().column()
                    + " "
                    + s.ruleIds().stream().sorted().toList()
                    + " "
                    + s.fromLine()
                    + "-"
                    + (s.toLine() == Integer.MAX_VALUE ? "end" : s.toLine()))
        .toList();
  }

  @Test
  void nextLineSkipsBlankLinesAndTakesSeveralRuleIds() {
    String page =
        """
        <!-- portdoc-disable-next-line spelling, header-typo -->

        Text
        """;

    assertThat(scan(page)).containsExactly("1:1 [header-typo, spelling] 3-3");
  }

  @Test
  void mdxCommentsAndSameLineDirectivesAreRead() {
    String page =
        """
        {/* portdoc-disable-next-line spelling */}
        Text
        Text <!-- portdoc-disable-line -->
        """;

    assertThat(scan(page)).containsExactly("1:1 [spelling] 2-2", "3:6 [] 3-3");
  }

  @Test
  void regionsEndAtTheirEnableOrTheEndOfThePage() {
    String page =
        """
        <!-- portdoc-disable duplicate-row -->
        a
        <!-- portdoc-enable duplicate-row -->
        {/* portdoc-disable */}
        b
        """;

    assertThat(scan(page)).containsExactly("1:1 [duplicate-row] 1-3", "4:1 [] 4-end");
  }

  @Test
  void directivesInFencedCodeAreExamplesNotDirectives() {
    String page =
        """
        ~~~~md
        <!-- portdoc-disable -->
        ```
        <!-- portdoc-disable -->
        ~~~~
        <!-- portdoc-disable-next-line x -->
        y
        """;

    assertThat(scan(page)).containsExactly("6:1 [x] 7-7");
  }

  @Test
  void aColonStartsAReasonThatIsNotARuleId() {
    assertThat(scan("<!-- portdoc-disable-next-line spelling, header-typo: product names -->\nx\n"))
        .containsExactly("1:1 [header-typo, spelling] 2-2");
  }

  @Test
  void otherCommentsAreNotDirectives() {
    assertThat(scan("<!-- portdoc is great -->\n<!-- disable-next-line -->\nx\n")).isEmpty();
  }

  @Test
  void suppressionCoversOnlyItsRulesAndLines() {
    Suppression s =
        DirectiveScanner.scan("p.md", "<!-- portdoc-disable-next-line a -->\nx\n").get(0);

    assertThat(s.covers("a", 2)).isTrue();
    assertThat(s.covers("a", 1)).isFalse();
    assertThat(s.covers("b", 2)).isFalse();
  }
}
