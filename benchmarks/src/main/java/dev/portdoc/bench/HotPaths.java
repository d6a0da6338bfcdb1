package dev.portdoc.bench;

import dev.portdoc.model.check.Linter;
import dev.portdoc.model.check.RuleSettings;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.parser.table.PortCellReader;
import dev.portdoc.site.html.HtmlSiteWriter;
import dev.portdoc.site.yaml.YamlSpecWriter;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Warm cost of each stage portdoc runs per page: parse (the seed page and a large generated one),
 * port and transport cell reading, the linter over a parsed page, YAML spec writing and HTML page
 * rendering. Run with {@code java -cp 'benchmarks/target/classes:benchmarks/target/lib/*'
 * org.openjdk.jmh.Main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPaths {

  /** Port cells as pages write them, from bare numbers to service-and-range lists. */
  private static final String[] PORT_CELLS = {
    "443",
    "HTTPS (tcp/443)",
    "6443/TCP",
    "30000-32767",
    "UDP 8472",
    "53 (TCP, UDP)",
    "2379-2380",
    "NATS (tcp/4222)",
    "10250",
    "179 (BGP)",
    "tcp/22, tcp/80",
    "ICMP"
  };

  private static final String[] TRANSPORT_CELLS = {"TCP", "UDP", "TCP/UDP", "tcp, udp", "SCTP"};

  private final PageParser parser = PageParser.create();
  private final Linter linter = StandardChecks.linter();
  private final YamlSpecWriter yaml = new YamlSpecWriter();
  private final HtmlSiteWriter html = new HtmlSiteWriter();

  String seedText;
  String largeText;
  Document seed;
  Document large;
  List<Diagnostic> largeFindings;

  @Setup
  public void setUp() throws IOException {
    Path seedFile =
        Path.of(System.getProperty("portdoc.shared", "../shared"), "seeds", "networking-ports.md");
    seedText =
        Files.isReadable(seedFile)
            ? Files.readString(seedFile, StandardCharsets.UTF_8)
            : generated(5, 8);
    largeText = generated(200, 25);
    seed = parser.parse("seed.md", seedText);
    large = parser.parse("large.md", largeText);
    largeFindings = linter.lint(large);
  }

  /** A page with {@code tables} port tables of {@code rows} rows each, between prose sections. */
  static String generated(int tables, int rows) {
    StringBuilder page = new StringBuilder("---\ntitle: \"Generated ports\"\n---\n\n");
    for (int t = 0; t < tables; t++) {
      page.append("## Component ").append(t).append("\n\n");
      page.append("The component listens on these ports; open them between the nodes.\n\n");
      page.append("| Port | Protocol | Direction | Source | Destination | Description |\n");
      page.append("| ---- | -------- | --------- | ------ | ----------- | ----------- |\n");
      for (int r = 0; r < rows; r++) {
        page.append("| ")
            .append(1000 + t * rows + r)
            .append(" | ")
            .append(r % 3 == 0 ? "UDP" : "TCP")
            .append(" | ")
            .append(r % 2 == 0 ? "Inbound" : "Outbound")
            .append(" | worker nodes | control plane | Service ")
            .append(r)
            .append(" of component ")
            .append(t)
            .append(" |\n");
      }
      page.append('\n');
    }
    return page.toString();
  }

  @Benchmark
  public Document parseSeedPage() {
    return parser.parse("seed.md", seedText);
  }

  @Benchmark
  public Document parseLargePage() {
    return parser.parse("large.md", largeText);
  }

  @Benchmark
  public void readPortCells(Blackhole hole) {
    for (String cell : PORT_CELLS) {
      hole.consume(PortCellReader.readPortCell(cell));
    }
  }

  @Benchmark
  public void readTransportCells(Blackhole hole) {
    for (String cell : TRANSPORT_CELLS) {
      hole.consume(PortCellReader.readTransportCell(cell));
    }
  }

  @Benchmark
  public List<Diagnostic> lintLargePage() {
    return linter.lint(large);
  }

  /** Each check alone over the large page, so a slow rule shows up by name. */
  @Benchmark
  public void eachCheckOnLargePage(Blackhole hole) {
    for (var check : linter.checks()) {
      hole.consume(Linter.of(List.of(check), RuleSettings.DEFAULTS).lint(large));
    }
  }

  @Benchmark
  public String writeYamlSpecLargePage() {
    return yaml.write(large);
  }

  @Benchmark
  public String writeYamlTreeSpec() {
    return yaml.writeAll(List.of(seed, large));
  }

  @Benchmark
  public String renderHtmlSeedPage() {
    return html.renderDocument(seed, List.of(), "seed.md");
  }

  @Benchmark
  public String renderHtmlLargePage() {
    return html.renderDocument(large, largeFindings, "large.md");
  }
}
