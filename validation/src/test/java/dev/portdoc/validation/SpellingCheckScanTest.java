package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The spelling check's page pass (which skips the scan of a page whose words are all accepted)
 * against its exact scan, on generated pages full of near misses.
 */
class SpellingCheckScanTest {

  /** Words, misspellings one edit from a word, and what splits or hides them. */
  private static final String[] PIECES = {
    "the",
    "The",
    "receive",
    "recieve",
    "Recieve",
    "RECIEVE",
    "teh",
    "Teh",
    "platfrom",
    "Platform",
    "sefl",
    "hosted",
    "Sefl-Hosted",
    "self-hsoted",
    "agent",
    "agnet",
    "port",
    "ports",
    "kubelet",
    "Kubernets",
    "vCenter",
    "K8s",
    "tpyo",
    "don't",
    "it's",
    "it’s",
    "agnet's",
    "agnet’s",
    "x'agnet",
    "agnet'x",
    "'",
    "’",
    "-",
    "--",
    "9",
    "443",
    ".",
    ",",
    "/",
    "https://",
    "www.",
    "example.com",
    "/etc/",
    "_",
    "#",
    "é",
    "café",
    "naïve",
    "İ",
    "Σ",
    "ΟΔΟΣ",
    "\u212Aelvin", // Kelvin sign: lower case is ASCII
    "\uD835\uDC9C",
    "½",
    "ǅ",
  };

  private static final String[] WORDS = {
    "network", "firewall", "traffic", "platform", "monitoring", "required", "listed", "between"
  };

  /** A word with two neighbouring letters swapped: mostly a one-off misspelling. */
  private static String swapped(Random random) {
    char[] word = WORDS[random.nextInt(WORDS.length)].toCharArray();
    int at = random.nextInt(word.length - 1);
    char c = word[at];
    word[at] = word[at + 1];
    word[at + 1] = c;
    if (random.nextBoolean()) {
      word[0] = Character.toUpperCase(word[0]);
    }
    return new String(word);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(10);
    for (int i = 0; i < pieces; i++) {
      text.append(random.nextInt(8) == 0 ? swapped(random) : PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static Document randomPage(Random random, int number) {
    List<TextRun> prose = new ArrayList<>();
    int runs = 1 + random.nextInt(3);
    for (int line = 1; line <= runs; line++) {
      prose.add(new TextRun(randomText(random), new SourceLocation("p.md", line, 1)));
    }
    // a table's words count for the tree but are no prose to check
    SourceLocation at = new SourceLocation("p.md", runs + 2, 1);
    List<PortTable> tables =
        random.nextBoolean()
            ? List.of()
            : List.of(
                new PortTable(
                    List.of(),
                    Optional.empty(),
                    List.of(new TableColumn("Service", ColumnRole.SERVICE, at)),
                    List.of(
                        new TableRow(
                            List.of(new Cell("x", randomText(random), at)), List.of(), at)),
                    at));
    return new Document(
        "p" + number + ".md", Optional.empty(), Optional.empty(), List.of(), tables, prose);
  }

  @Test
  void aPageWhoseWordsAreAllAcceptedHasNothingTheScanWouldReport() {
    SpellingCheck check =
        new SpellingCheck(new LintConfig(java.util.Map.of(), Set.of("Tpyo"), List.of()));
    Random random = new Random(81);
    int skipped = 0;
    int reported = 0;
    for (int p = 0; p < 4000; p++) {
      Document page = randomPage(random, p);
      TreeContext own = new TreeContext.Counter().add(page);
      // resolved against the page itself, the scan reports every part it keeps as a suspect
      List<Diagnostic> scanned = check.check(page, own);
      if (check.acceptsEveryPart(own)) {
        skipped++;
        assertThat(scanned).as("%s", page.prose()).isEmpty();
      } else if (!scanned.isEmpty()) {
        reported++;
      }
    }
    assertThat(skipped).as("pages skipped").isGreaterThan(300);
    assertThat(reported).as("pages with findings").isGreaterThan(1000);
  }

  @Test
  void theStreamedPagePassFindsWhatTheWholeTreePassFinds() {
    SpellingCheck check = new SpellingCheck();
    Random random = new Random(82);
    int found = 0;
    // small trees, so that many misspellings are one-offs there
    for (int t = 0; t < 10; t++) {
      List<Document> pages = new ArrayList<>();
      for (int p = 0; p < 150; p++) {
        pages.add(randomPage(random, p));
      }
      TreeContext tree = TreeContext.of(pages);
      TreeContext.Counter counter = new TreeContext.Counter();
      List<SpellingCheck.Deferred> deferred = new ArrayList<>();
      for (Document page : pages) {
        deferred.add(check.defer(page, counter.add(page)));
      }
      TreeContext counted = counter.counted();
      for (int p = 0; p < pages.size(); p++) {
        List<Diagnostic> expected = check.check(pages.get(p), tree);
        assertThat(deferred.get(p).resolve(counted))
            .as("%s", pages.get(p).prose())
            .isEqualTo(expected);
        found += expected.size();
      }
    }
    assertThat(found).isGreaterThan(100);
  }
}
