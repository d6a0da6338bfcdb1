package dev.portdoc.site.html;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.port.Transport;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.SiteInput;
import dev.portdoc.validation.StandardChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Site inputs for the HTML tests: the seed page as parsed, and a model built by hand. */
final class SiteFixtures {

  static final Path SEED = Path.of("../parser/src/test/resources/pages/seed-networking-ports.md");

  private SiteFixtures() {}

  /** The seed page under {@code docs/}, with its lint findings. */
  static SiteInput seed() throws IOException {
    Document seed =
        PageParser.create().parse("docs/architecture/networking-ports.md", Files.readString(SEED));
    return new SiteInput(
        List.of(seed), Map.of(seed.path(), StandardChecks.linter().lint(seed)), "docs");
  }

  /**
   * A page with what the parser may not give yet: tab variants, named peers, deprecated and
   * optional rows, a row that is no rule, a table under no heading, findings at rows and at the
   * page, and hostile text in every field that reaches the HTML.
   */
  static SiteInput handBuilt() {
    String file = "docs/edge/agent.md";
    List<PortTable> tables = new ArrayList<>();
    tables.add(
        table(
            file,
            List.of(),
            Optional.empty(),
            10,
            row(file, 12, rule(file, 12, "SSH", Transport.TCP, 22, Direction.INBOUND, "", ""))));
    tables.add(
        table(
            file,
            List.of("Edge", "Agent"),
            Optional.of("Helm"),
            20,
            row(
                file,
                22,
                rule(file, 22, "HTTPS", Transport.TCP, 443, Direction.OUTBOUND, "", "Registry")),
            row(
                file,
                23,
                rule(file, 23, "", Transport.UDP, 4789, Direction.INBOUND, "Peer nodes", "")
                    .toBuilder()
                    .deprecated(true)
                    .build()),
            new TableRow(
                List.of(
                    cell(file, 24, "see below"),
                    cell(file, 24, ""),
                    cell(file, 24, "<img src=x onerror=alert(1)>")),
                List.of(),
                new SourceLocation(file, 24, 1))));
    tables.add(
        table(
            file,
            List.of("Edge", "Agent"),
            Optional.of("<script>alert('tab')</script>"),
            30,
            row(
                file,
                32,
                rule(file, 32, "NATS", Transport.TCP, 4222, Direction.OUTBOUND, "", "").toBuilder()
                    .optional(true)
                    .purpose("javascript:alert(1)")
                    .build())));
    Document document =
        new Document(
            file,
            Optional.of("Edge agent <b>ports</b>"),
            Optional.of("What the \"agent\" needs & why"),
            List.of(),
            tables,
            List.of());
    Map<String, List<Diagnostic>> findings = new LinkedHashMap<>();
    findings.put(
        file,
        List.of(
            Diagnostic.of(
                "front-matter",
                Severity.INFO,
                "Page <title> is long.",
                new SourceLocation(file, 2, 1)),
            new Diagnostic(
                "port-range",
                Severity.WARNING,
                "Port 4789 is <odd>.",
                new SourceLocation(file, 23, 3),
                Optional.of("udp/4789 \"vxlan\"")),
            Diagnostic.of(
                "duplicate-row", Severity.ERROR, "Row repeats.", new SourceLocation(file, 32, 1))));
    findings.put(
        "docs/broken.md",
        List.of(
            Diagnostic.of(
                "parse",
                Severity.ERROR,
                "Cannot read <page>.",
                new SourceLocation("docs/broken.md", 1, 1))));
    return new SiteInput(List.of(document), findings, "docs");
  }

  private static PortTable table(
      String file, List<String> headings, Optional<String> variant, int line, TableRow... rows) {
    List<TableColumn> columns =
        List.of(
            new TableColumn("Port", ColumnRole.PORT, new SourceLocation(file, line, 1)),
            new TableColumn("Direction", ColumnRole.DIRECTION, new SourceLocation(file, line, 10)),
            new TableColumn("Purpose", ColumnRole.PURPOSE, new SourceLocation(file, line, 22)));
    return new PortTable(
        headings, variant, columns, List.of(rows), new SourceLocation(file, line, 1));
  }

  private static TableRow row(String file, int line, PortRule rule) {
    String port =
        rule.service().map(s -> s + " (").orElse("")
            + rule.transport().get().id()
            + "/"
            + rule.ports().get()
            + (rule.service().isPresent() ? ")" : "");
    return new TableRow(
        List.of(
            cell(file, line, port),
            cell(file, line, rule.direction().get().name()),
            cell(file, line, rule.purpose())),
        List.of(rule),
        new SourceLocation(file, line, 1));
  }

  private static PortRule rule(
      String file,
      int line,
      String service,
      Transport transport,
      int port,
      Direction direction,
      String source,
      String destination) {
    PortRule.Builder rule =
        PortRule.at(new SourceLocation(file, line, 1))
            .transport(transport)
            .ports(PortRange.of(port))
            .direction(direction)
            .purpose(service.isEmpty() ? "Overlay" : service + " traffic")
            .source(source.isEmpty() ? Optional.empty() : Optional.of(source))
            .destination(destination.isEmpty() ? Optional.empty() : Optional.of(destination));
    if (!service.isEmpty()) {
      rule.service(service);
    }
    return rule.build();
  }

  private static Cell cell(String file, int line, String text) {
    return new Cell(text, text, new SourceLocation(file, line, 1));
  }
}
