package dev.portdoc.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.source.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeContextTest {

  private static Document page(String... lines) {
    List<TextRun> prose =
        java.util.stream.IntStream.range(0, lines.length)
            .mapToObj(i -> new TextRun(lines[i], new SourceLocation("p.md", i + 1, 1)))
            .toList();
    return new Document("p.md", Optional.empty(), Optional.empty(), List.of(), List.of(), prose);
  }

  @Test
  void countsWordsOfEveryPageIgnoringCase() {
    TreeContext tree =
        TreeContext.of(List.of(page("Kubernetes and kubernetes"), page("KUBERNETES")));

    assertThat(tree.count("Kubernetes")).isEqualTo(3);
    assertThat(tree.count("and")).isEqualTo(1);
    assertThat(tree.count("absent")).isZero();
  }

  @Test
  void findsFrequentWordsOneInsertionDeletionSubstitutionOrSwapAway() {
    TreeContext tree =
        TreeContext.ofCounts(Map.of("inbound", 9, "outbound", 9, "palette", 5, "rare", 1));

    assertThat(tree.frequentNeighbours("inbund")).contains("inbound");
    assertThat(tree.frequentNeighbours("inboundd")).contains("inbound");
    assertThat(tree.frequentNeighbours("inbaund")).contains("inbound");
    assertThat(tree.frequentNeighbours("ibnound")).contains("inbound");
    assertThat(tree.frequentNeighbours("Palete")).containsExactly("palette");
    assertThat(tree.frequentNeighbours("inbound")).doesNotContain("inbound");
    assertThat(tree.frequentNeighbours("rear")).isEmpty(); // 'rare' is not frequent
    assertThat(tree.frequentNeighbours("unrelated")).isEmpty();
  }

  @Test
  void theEmptyTreeKnowsNothing() {
    assertThat(TreeContext.EMPTY.count("x")).isZero();
    assertThat(TreeContext.EMPTY.frequentNeighbours("x")).isEmpty();
  }

  private static List<String> proseWords(TreeContext context) {
    List<String> words = new java.util.ArrayList<>();
    context.everyProseWord((word, count) -> words.add(word));
    return words;
  }

  @Test
  void aPagesProseWordsAreThoseOfItsHeadingsAndParagraphsAlone() {
    SourceLocation at = new SourceLocation("p.md", 3, 1);
    PortTable table =
        new PortTable(
            List.of(),
            Optional.empty(),
            List.of(new TableColumn("Service", ColumnRole.SERVICE, at)),
            List.of(
                new TableRow(List.of(new Cell("Kubelet API", "Kubelet API", at)), List.of(), at)),
            at);
    Document page =
        new Document(
            "p.md",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(table),
            List.of(new TextRun("The API of the kubelet", at)));

    TreeContext own = new TreeContext.Counter().add(page);

    assertThat(proseWords(own)).containsExactly("the", "api", "of", "kubelet");
    assertThat(own.count("service")).isEqualTo(1);
    assertThat(own.count("api")).isEqualTo(2);
    assertThat(proseWords(TreeContext.of(List.of(page))))
        .containsExactly("the", "api", "of", "kubelet", "service");
    assertThat(own.everyProseWord((word, count) -> !word.equals("of"))).isFalse();
    assertThat(own.everyProseWord((word, count) -> !word.equals("service"))).isTrue();
    List<String> counted = new java.util.ArrayList<>();
    own.everyProseWord((word, count) -> counted.add(word + "=" + count));
    assertThat(counted).containsExactly("the=2", "api=2", "of=1", "kubelet=2");
    assertThat(own.everyProseWord((word, count) -> count < 2)).isFalse();
  }
}
