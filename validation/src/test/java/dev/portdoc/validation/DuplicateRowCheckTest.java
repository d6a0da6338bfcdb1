package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.check.Linter;
import dev.portdoc.model.check.RuleSettings;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateRowCheckTest {

  private static final String FILE = "ports.md";

  @Test
  void reportsTheLaterRowAndNamesTheEarlierLine() {
    Document doc =
        document(table(10, row(12, "HTTPS (tcp/443)", "IN"), row(13, "HTTPS (tcp/443)", "IN")));

    List<Diagnostic> found = new DuplicateRowCheck().check(doc);

    assertThat(found)
        .extracting(Diagnostic::toString)
        .containsExactly(
            "ports.md:13:1: error duplicate-row Row duplicates the row at line 12; remove one of"
                + " them.");
  }

  @Test
  void caseAndPaddingDoNotHideADuplicate() {
    Document doc =
        document(
            table(
                1, row(3, "HTTPS (tcp/443)", "INBOUND"), row(4, " https  (TCP/443) ", "inbound")));

    assertThat(new DuplicateRowCheck().check(doc)).hasSize(1);
  }

  @Test
  void rowsThatDifferInOneCellAreNotDuplicates() {
    Document doc =
        document(
            table(1, row(3, "HTTPS (tcp/443)", "INBOUND"), row(4, "HTTPS (tcp/443)", "OUTBOUND")));

    assertThat(new DuplicateRowCheck().check(doc)).isEmpty();
  }

  @Test
  void sameRowInTwoTablesIsNotADuplicateRow() {
    Document doc =
        document(
            table(1, row(3, "HTTPS (tcp/443)", "INBOUND")),
            table(6, row(8, "HTTPS (tcp/443)", "INBOUND")));

    assertThat(new DuplicateRowCheck().check(doc)).isEmpty();
  }

  @Test
  void blankSeparatorRowsAreNotDuplicates() {
    Document doc = document(table(1, row(3, "", ""), row(4, " ", "")));

    assertThat(new DuplicateRowCheck().check(doc)).isEmpty();
  }

  @Test
  void aThirdCopyPointsBackAtTheFirst() {
    Document doc = document(table(1, row(3, "a", "b"), row(4, "a", "b"), row(5, "A", "B")));

    assertThat(new DuplicateRowCheck().check(doc))
        .extracting(d -> d.location().line() + "->" + d.message())
        .containsExactly(
            "4->Row duplicates the row at line 3; remove one of them.",
            "5->Row duplicates the row at line 3; remove one of them.");
  }

  @Test
  void linterAppliesSeverityOverridesAndSwitchesRulesOff() {
    Document doc = document(table(1, row(3, "a", "b"), row(4, "a", "b")));
    Linter linter = StandardChecks.linter();

    assertThat(linter.lint(doc)).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    assertThat(
            linter
                .withSettings(
                    new RuleSettings(Map.of(DuplicateRowCheck.ID, Severity.WARNING), Set.of()))
                .lint(doc))
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.WARNING);
    assertThat(
            linter.withSettings(new RuleSettings(Map.of(), Set.of(DuplicateRowCheck.ID))).lint(doc))
        .isEmpty();
  }

  private static Document document(PortTable... tables) {
    return new Document(
        FILE, Optional.empty(), Optional.empty(), List.of(), List.of(tables), List.of());
  }

  private static PortTable table(int line, TableRow... rows) {
    List<TableColumn> columns = new ArrayList<>();
    columns.add(new TableColumn("Port", ColumnRole.PORT, new SourceLocation(FILE, line, 3)));
    columns.add(
        new TableColumn("Direction", ColumnRole.DIRECTION, new SourceLocation(FILE, line, 20)));
    return new PortTable(
        List.of("Section"),
        Optional.empty(),
        columns,
        List.of(rows),
        new SourceLocation(FILE, line, 1));
  }

  private static TableRow row(int line, String... texts) {
    List<Cell> cells = new ArrayList<>();
    int column = 3;
    for (String text : texts) {
      cells.add(new Cell(text.strip(), text, new SourceLocation(FILE, line, column)));
      column += 20;
    }
    return new TableRow(cells, List.of(), new SourceLocation(FILE, line, 1));
  }
}
