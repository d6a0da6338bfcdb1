package dev.portdoc.bench;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.internal.FastPageReader;
import dev.portdoc.parser.internal.FlexmarkPageReader;
import java.util.Optional;
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

/**
 * Warm cost of reading one page with the fast path and with flexmark, on a port table page shaped
 * like the benchmark trees' ({@link HotPaths#generated}) and a plain page with a parameter table,
 * lists and code, as {@code gen-corpus.py --plain-ratio} writes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PageReaders {

  private final FlexmarkPageReader flexmark = new FlexmarkPageReader();

  String tablePage;
  String plainPage;

  @Setup
  public void setUp() {
    tablePage = HotPaths.generated(8, 10);
    StringBuilder plain = new StringBuilder("---\ntitle: \"Guide\"\nsidebar_position: 3\n---\n\n");
    for (int s = 0; s < 6; s++) {
      plain.append("## Section ").append(s).append("\n\n");
      plain.append("Open the ports below between the nodes, then restart the agent. ".repeat(5));
      plain.append("\n\n- first step\n- second step\n- third step\n\n");
      plain.append("| Parameter | Default | Description |\n| --- | --- | --- |\n");
      for (int r = 0; r < 5; r++) {
        plain
            .append("| `option")
            .append(r)
            .append("` | `")
            .append(r * 7)
            .append("` | What it sets. |\n");
      }
      plain.append("\n```yaml\nkind: ConfigMap\nmetadata:\n  name: guide\n```\n\n");
    }
    plainPage = plain.toString();
    if (FastPageReader.read("t.md", tablePage).isEmpty()
        || FastPageReader.read("p.md", plainPage).isEmpty()) {
      throw new IllegalStateException("the fast path must accept both pages");
    }
  }

  @Benchmark
  public Optional<Document> fastTablePage() {
    return FastPageReader.read("t.md", tablePage);
  }

  @Benchmark
  public Document flexmarkTablePage() {
    return flexmark.read("t.md", tablePage);
  }

  @Benchmark
  public Optional<Document> fastPlainPage() {
    return FastPageReader.read("p.md", plainPage);
  }

  @Benchmark
  public Document flexmarkPlainPage() {
    return flexmark.read("p.md", plainPage);
  }
}
