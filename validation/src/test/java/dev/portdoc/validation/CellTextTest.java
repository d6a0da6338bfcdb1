package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.source.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CellTextTest {

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final String[] PIECES = {
    "tcp", "TCP", "Inbound", "443", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "a", "Z", "@[`{",
    "é", "Σ", "İ", "\u00A0", "\u2003", "-"
  };

  /** The one-pass scan against the pattern it replaces, mostly on ASCII cells, as tables hold. */
  @Test
  void normaliseIsTheStripCollapseLowerCaseOfThePattern() {
    Random random = new Random(27);
    int unchanged = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder cell = new StringBuilder();
      int kinds = random.nextInt(4) == 0 ? PIECES.length : 14; // a quarter reach beyond ASCII
      for (int p = random.nextInt(8); p > 0; p--) {
        cell.append(PIECES[random.nextInt(kinds)]);
      }
      String text = cell.toString();
      String expected = SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);

      String normal = CellText.normalise(text);

      assertThat(normal).as("%s", text).isEqualTo(expected);
      if (normal.equals(text) && text.chars().allMatch(c -> c < 0x80)) {
        assertThat(normal).isSameAs(text); // no copy of ASCII text that needs none
        unchanged++;
      }
    }
    assertThat(unchanged).isBetween(5_000, 95_000);
  }

  @Test
  void normalisedCellsAreEachCellsNormalFormComputedOncePerPage() {
    Document page = page(table(row(" HTTPS  (tcp/443)", "IN"), row("x")), table(row("")));

    List<List<List<String>>> first = CellText.normalisedCells(page);

    assertThat(first)
        .isEqualTo(
            List.of(List.of(List.of("https (tcp/443)", "in"), List.of("x")), List.of(List.of(""))));
    assertThat(CellText.normalisedCells(page)).isSameAs(first);
    // an equal page that is another object is worked out afresh, never taken for the last one
    Document other = page(table(row("Other")));
    assertThat(CellText.normalisedCells(other)).isEqualTo(List.of(List.of(List.of("other"))));
    assertThat(CellText.normalisedCells(page)).isNotSameAs(first).isEqualTo(first);
  }

  private static final SourceLocation AT = new SourceLocation("p.md", 1, 1);

  private static Document page(PortTable... tables) {
    return new Document(
        "p.md", Optional.empty(), Optional.empty(), List.of(), List.of(tables), List.of());
  }

  private static PortTable table(TableRow... rows) {
    return new PortTable(
        List.of(),
        Optional.empty(),
        List.of(new TableColumn("Port", ColumnRole.PORT, AT)),
        List.of(rows),
        AT);
  }

  private static TableRow row(String... texts) {
    return new TableRow(
        java.util.Arrays.stream(texts).map(t -> new Cell(t, t, AT)).toList(), List.of(), AT);
  }
}
