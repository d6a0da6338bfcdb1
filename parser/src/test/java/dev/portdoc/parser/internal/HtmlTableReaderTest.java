package dev.portdoc.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlTableReaderTest {

  /** The pattern the scan replaced. */
  private static final Pattern TABLE_TAG = Pattern.compile("<table\\b", Pattern.CASE_INSENSITIVE);

  private static final String[] PIECES = {
    "<",
    "<table",
    "<TABLE",
    "<TaBlE",
    "<tabl",
    "<tables",
    "table",
    "e",
    "E",
    "_",
    "1",
    " ",
    ">",
    "é",
    "\u0301",
    "\u0903",
    "\uD835\uDC9C",
    "\u212A",
    "\u017F",
    "-",
    "\n",
    "<TabItem>",
    "x"
  };

  @Test
  void mayHaveTablesFindsWhatThePatternFinds() {
    Random random = new Random(1127);
    int found = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int p = random.nextInt(6); p > 0; p--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      boolean expected = TABLE_TAG.matcher(text).find();

      assertThat(HtmlTableReader.mayHaveTables(text.toString()))
          .as("[%s]", text)
          .isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isBetween(5_000, 60_000);
  }

  @Test
  void aTableTagNeedsAWordBoundaryAfterIt() {
    assertThat(HtmlTableReader.mayHaveTables("<TABLE border=1>")).isTrue();
    assertThat(HtmlTableReader.mayHaveTables("x <table")).isTrue();
    assertThat(HtmlTableReader.mayHaveTables("<tables> <table_x> <table\u0301>")).isFalse();
  }
}
