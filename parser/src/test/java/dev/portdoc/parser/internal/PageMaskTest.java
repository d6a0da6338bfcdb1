package dev.portdoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMaskTest {

  private static final String PAGE =
      """
      ---
      title: import x from 'y'
      ---
      import Tabs from '@theme/Tabs';

      <Tabs>
      <TabItem label="Outer" value="o">
      <Tabs.TabPane tab="Inner" key="i">
      | Port |
      | --- |
      | 1 |
      </Tabs.TabPane>
      </TabItem>
      </Tabs>
      ```js
      import z from 'z';
      <TabItem label="Code">
      ```
      {/* a
      comment */}
      :::tip Title
      {{< warning >}}
      {: caption="c"}
      <summary>More</summary>
      Text with <b>tags</b> stays.
      """;

  @Test
  void blanksForeignLinesWithSpacesKeepingEveryOffset() {
    String masked = PageMask.of(PAGE).text();
    assertThat(masked).hasSameSizeAs(PAGE);
    String[] original = PAGE.split("\n", -1);
    String[] lines = masked.split("\n", -1);
    assertThat(lines).hasSameSizeAs(original);
    for (int i = 0; i < lines.length; i++) {
      assertThat(lines[i]).as("line %d", i + 1).hasSameSizeAs(original[i]);
    }
    // front matter, the table and fenced code are kept; the rest of the foreign lines are blank
    assertThat(lines[1]).isEqualTo("title: import x from 'y'");
    assertThat(lines[3]).isBlank();
    assertThat(lines[5]).isBlank();
    assertThat(lines[6]).isBlank();
    assertThat(lines[7]).isBlank();
    assertThat(lines[8]).isEqualTo("| Port |");
    assertThat(lines[15]).isEqualTo("import z from 'z';");
    assertThat(lines[16]).isEqualTo("<TabItem label=\"Code\">");
    for (int blank = 18; blank <= 23; blank++) {
      assertThat(lines[blank]).as("line %d", blank + 1).isBlank();
    }
    assertThat(lines[24]).isEqualTo("Text with <b>tags</b> stays.");
  }

  @Test
  void knowsTheTabOfEachLineIgnoringTabsInCode() {
    PageMask mask = PageMask.of(PAGE);
    assertThat(mask.tabAt(6)).isNull();
    assertThat(mask.tabAt(8)).isEqualTo("Outer");
    assertThat(mask.tabAt(9)).isEqualTo("Outer / Inner");
    assertThat(mask.tabAt(13)).isEqualTo("Outer");
    assertThat(mask.tabAt(14)).isNull();
    assertThat(mask.tabAt(18)).isNull();
    assertThat(mask.inFence(16)).isTrue();
    assertThat(mask.inFence(9)).isFalse();
  }

  @Test
  void lineEndsAreTheLineFeedsAndThePageEnd() {
    assertThat(PageMask.of("").lineEnds()).containsExactly(0);
    assertThat(PageMask.of("ab\n\ncd").lineEnds()).containsExactly(2, 3, 6);
    assertThat(PageMask.of("ab\n").lineEnds()).containsExactly(2, 3);
    int[] ends = PageMask.of(PAGE).lineEnds();
    int from = 0;
    for (int end : ends) {
      int feed = PAGE.indexOf('\n', from);
      assertThat(end).isEqualTo(feed < 0 ? PAGE.length() : feed);
      from = end + 1;
    }
    assertThat(from).isEqualTo(PAGE.length() + 1);
  }

  @Test
  void proseStartingWithIOrEIsNoImportOrExport() {
    String page = "in the text\nexporting\nimporter x\nimport x from 'y'\nexport const a = 1\n";

    assertThat(PageMask.of(page).text())
        .isEqualTo(
            "in the text\nexporting\nimporter x\n" + " ".repeat(17) + "\n" + " ".repeat(18) + "\n");
  }
}
