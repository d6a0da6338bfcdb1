package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portdoc.model.check.Linter;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.validation.LintConfig;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming lint (page by page, models dropped) finds exactly what the all-at-once lint finds:
 * same findings, messages, locations, suggestions and fixes, in the same order.
 */
class StreamingLintTest {

  /** Findings of both ways over the pages under {@code root}, asserted equal; the streamed ones. */
  private static Map<String, List<Diagnostic>> sameBothWays(Path root, Linter linter) {
    DocsLoader loader = new DocsLoader();
    List<DocsLoader.Page> pages = loader.find(List.of(root.toString()));
    LintRun whole = LintRun.of(loader.load(pages), linter);
    LintRun streamed = LintRun.stream(new DocsLoader(), pages, linter, false);

    assertThat(streamed.findings()).containsExactlyEntriesOf(whole.findings());
    assertThat(List.copyOf(streamed.findings().keySet()))
        .isEqualTo(List.copyOf(whole.findings().keySet()));
    assertThat(streamed.documents()).isEmpty();
    return streamed.findings();
  }

  @Test
  void eachPageIsHandedOnOnceWhenParsedAndTheFindingsStayTheSame() throws IOException {
    for (int i = 0; i < 30; i++) {
      write("s-" + (i % 4) + "/p-" + i + ".md", "# P" + i + "\n\n| Port |\n| - |\n| " + i + " |\n");
    }
    DocsLoader loader = new DocsLoader();
    List<DocsLoader.Page> pages = loader.find(List.of(dir.toString()));
    Linter linter = StandardChecks.linter();
    Map<String, Document> handed = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();

    LintRun run =
        LintRun.stream(
            loader,
            pages,
            linter,
            true,
            document -> {
              calls.incrementAndGet();
              handed.put(document.path(), document);
            });

    assertThat(calls).hasValue(30);
    assertThat(run.documents()).hasSize(30);
    for (Document document : run.documents()) {
      assertThat(handed.get(document.path())).isSameAs(document);
    }
    assertThat(run.findings())
        .containsExactlyEntriesOf(
            LintRun.stream(new DocsLoader(), pages, linter, false).findings());
  }

  private static long count(Map<String, List<Diagnostic>> findings, String ruleId) {
    return findings.values().stream()
        .flatMap(List::stream)
        .filter(d -> d.ruleId().equals(ruleId))
        .count();
  }

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void wordsTheTreeRepeatsAreAcceptedAndRareNeighboursOfFrequentServicesReported()
      throws IOException {
    // "recieve" once on each of two pages: the tree repeats it, so it is a name, not a slip;
    // "Zorblat" in many rows makes the rare "Zorbalt" a typo, which only the tree can tell; the
    // second row names it twice and is reported once, at its service cell (checked first)
    String table =
        """
        | Port | Protocol | Service | Description |
        | ---- | -------- | ------- | ----------- |
        | 7001 | TCP | Zorblat | Zorblat peers |
        | 7002 | TCP | Zorblat | Zorblat admin |
        | 7003 | TCP | Zorblat | Zorblat metrics |
        | 7004 | TCP | Zorblat | Zorblat gossip |
        | 7005 | TCP | Zorblat | Zorblat raft |
        | 7006 | TCP | Zorblat | Zorblat debug |
        | 7007 | TCP | Zorblat | Zorblat health |
        | 7008 | TCP | Zorblat | Zorblat backup |
        """;
    write("a.md", "# Alpha\n\nNodes recieve traffic here.\n\n" + table);
    write("b.md", "# Beta\n\nAgents recieve updates.\n\n" + table);
    write(
        "c/c.md",
        """
        # Gamma

        The managment network and the conection pool.
        Teh conection pool is shared.

        <!-- portdoc-disable-next-line spelling -->
        A seperate line.

        | Port | Protocol | Service | Description |
        | ---- | -------- | ------- | ----------- |
        | 7010 | TCP | Zorbalt | Zorblat sync |
        | Zorbalt (TCP/7011) | TCP | Zorbalt | Zorblat relay |
        | 8443 | TCP | HTPP | Web |
        """);
    write("d.yaml", "not: [a spec");

    Map<String, List<Diagnostic>> findings = sameBothWays(dir, StandardChecks.linter());

    List<String> gamma =
        findings.get(dir + "/c/c.md").stream()
            .filter(d -> d.ruleId().equals("spelling") || d.ruleId().equals("service-typo"))
            .map(Diagnostic::toString)
            .map(s -> s.substring(dir.toString().length() + 1))
            .toList();
    assertThat(gamma)
        .containsExactly(
            "c/c.md:3:5: warning spelling 'managment' is misspelled; did you mean 'management'?",
            "c/c.md:4:1: warning spelling 'Teh' is misspelled; did you mean 'The'?",
            "c/c.md:11:16: warning service-typo Service 'Zorbalt' looks misspelled; did you mean"
                + " 'Zorblat'?",
            "c/c.md:12:30: warning service-typo Service 'Zorbalt' looks misspelled; did you mean"
                + " 'Zorblat'?",
            "c/c.md:13:16: warning service-typo Service 'HTPP' looks misspelled; did you mean"
                + " 'HTTP'?");
    assertThat(count(findings, "spelling") + count(findings, "service-typo")).isEqualTo(5);
  }

  @Test
  void configuredWordsSeveritiesAndSwitchedOffRulesAreTheSameBothWays() throws IOException {
    write(
        "a.md",
        """
        # Ports

        The managment plane and the Zorbalt agent.

        | Port | Protocol | Service |
        | ---- | -------- | ------- |
        | 443 | TPC | HTPP |
        | 443 | TPC | HTPP |
        """);
    LintConfig config =
        new LintConfig(
            Map.of("duplicate-row", Optional.empty(), "spelling", Optional.of(Severity.ERROR)),
            Set.of("Zorbalt"),
            List.of());

    Map<String, List<Diagnostic>> findings = sameBothWays(dir, StandardChecks.linter(config));

    assertThat(count(findings, "duplicate-row")).isZero();
    assertThat(findings.get(dir + "/a.md"))
        .filteredOn(d -> d.ruleId().equals("spelling"))
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void theSharedCorpusLintsTheSameBothWays() {
    String property = System.getProperty("portdoc.shared");
    assumeTrue(property != null && Files.isDirectory(Path.of(property, "corpus")), "no corpus");

    Map<String, List<Diagnostic>> findings =
        sameBothWays(Path.of(property, "corpus"), StandardChecks.linter());

    assertThat(findings).hasSizeGreaterThan(20);
    assertThat(count(findings, "spelling")).isPositive();
  }

  @Test
  void aGeneratedTreeWithPlantedDefectsLintsTheSameBothWays(@TempDir Path out)
      throws IOException, InterruptedException {
    String property = System.getProperty("portdoc.shared");
    assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no shared folder");
    Path generator = Path.of(property, "bench/gen-corpus.py");
    assumeTrue(Files.isRegularFile(generator), "no generator");
    Process python;
    try {
      python =
          new ProcessBuilder(
                  "python3",
                  generator.toString(),
                  out.toString(),
                  "--pages",
                  "300",
                  "--seed",
                  "21",
                  "--defect-rate",
                  "0.4")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "no python3");
      return;
    }
    python.getInputStream().readAllBytes();
    assertThat(python.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(python.exitValue()).isZero();

    Map<String, List<Diagnostic>> findings = sameBothWays(out, StandardChecks.linter());

    assertThat(findings).hasSize(300);
    assertThat(count(findings, "transport-typo") + count(findings, "direction-typo")).isPositive();
  }
}
