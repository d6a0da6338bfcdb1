package dev.portdoc.bench;

import dev.portdoc.model.check.Check;
import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.validation.ServiceTypoCheck;
import dev.portdoc.validation.SpellingCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The word pass of a streaming lint over parsed pages, one thread: the tree's word counts, the
 * spelling check and the service typo check, page by page and then resolved against the tree. The
 * pages are the first 500 under {@code -Dportdoc.wordpass.tree=DIR} (a generated bench tree), else
 * 500 generated pages of word salad. Run with {@code java -cp
 * 'benchmarks/target/classes:benchmarks/target/lib/*' org.openjdk.jmh.Main WordPass} (add {@code
 * -jvmArgsAppend -XX:TieredStopAtLevel=1} for the launcher's C1-only JIT).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WordPass {

  private static final String[] VOCABULARY = {
    "the",
    "ports",
    "network",
    "firewall",
    "traffic",
    "allow",
    "between",
    "components",
    "should",
    "enable",
    "monitoring",
    "required",
    "listed",
    "reachable",
    "platform",
    "access",
    "rules",
    "operate",
    "perspective",
    "optional",
    "remote",
    "features",
    "nothing",
    "following",
    "unless"
  };

  private static final int PAGES = 500;

  private final SpellingCheck spelling = new SpellingCheck();
  private final ServiceTypoCheck serviceTypo = new ServiceTypoCheck();
  private List<Document> pages;

  @Setup
  public void setUp() {
    PageParser parser = PageParser.create();
    pages = new ArrayList<>();
    String tree = System.getProperty("portdoc.wordpass.tree");
    if (tree != null) {
      for (Path file : PageFiles.under(new String[] {tree})) {
        if (pages.size() == PAGES) {
          break;
        }
        pages.add(parser.parse(file.toString(), PageFiles.read(file)));
      }
    } else {
      Random random = new Random(1);
      for (int p = 0; p < PAGES; p++) {
        pages.add(parser.parse("p" + p + ".md", salad(random)));
      }
    }
  }

  /** A page of headings and paragraphs of random vocabulary words, about 5 KB. */
  private static String salad(Random random) {
    StringBuilder page = new StringBuilder();
    for (int section = 0; section < 4; section++) {
      page.append("## Section ").append(section).append("\n\n");
      for (int paragraph = 0; paragraph < 2; paragraph++) {
        for (int w = 0; w < 80; w++) {
          String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
          page.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
          page.append(w == 79 ? ".\n\n" : " ");
        }
      }
    }
    return page.toString();
  }

  /** Counting only: each page's words into the tree's counts. */
  @Benchmark
  public TreeContext countWords() {
    TreeContext.Counter counter = new TreeContext.Counter();
    for (Document page : pages) {
      counter.add(page);
    }
    return counter.counted();
  }

  /** Counting, both word checks' page pass, and their findings once the tree is counted. */
  @Benchmark
  public void countAndCheckWords(Blackhole hole) {
    TreeContext.Counter counter = new TreeContext.Counter();
    List<Check.Deferred> deferred = new ArrayList<>();
    for (Document page : pages) {
      TreeContext own = counter.add(page);
      deferred.add(spelling.defer(page, own));
      deferred.add(serviceTypo.defer(page, own));
    }
    TreeContext tree = counter.counted();
    for (Check.Deferred rest : deferred) {
      List<Diagnostic> found = rest.resolve(tree);
      hole.consume(found);
    }
  }
}
