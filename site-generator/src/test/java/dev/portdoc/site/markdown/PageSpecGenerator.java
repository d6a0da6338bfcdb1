package dev.portdoc.site.markdown;

import static dev.portdoc.site.testing.RandomValues.charsBetween;

import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import dev.portdoc.site.testing.RandomValues;
import dev.portdoc.site.yaml.PortSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Test support: random specs in the shapes a page can give back. Every constraint here stands for a
 * documented limit of reading pages (docs/spec.md), not for a bug to hide.
 */
final class PageSpecGenerator {

  private static final String LOWER = charsBetween('a', 'z');
  private static final String MARKDOWN = "AZ09*_`[]<>|&~{}#!()/-.,:;'\"\\ü";

  private final RandomValues random;

  PageSpecGenerator(Random random) {
    this.random = new RandomValues(random);
  }

  /** A spec with distinct ids and distinct deployment and component names. */
  PortSpec spec() {
    // a title with both ' and " or \\ needs YAML escapes, which the page parser does not read
    Optional<String> title = random.optional(0.5, this::titleText);
    List<PortSpec.Deployment> deployments =
        random.list(
            0,
            2,
            () ->
                new PortSpec.Deployment(
                    text(),
                    random.list(
                        1,
                        2,
                        () ->
                            new PortSpec.Component(
                                text(), withAPort(random.list(1, 4, this::rule))))));
    return new PortSpec(new PortSpec.Source("p.md", title), List.of(), numbered(deployments));
  }

  /**
   * Words with the characters Markdown gives meaning to, one space between them: a page's cells and
   * headings are read stripped and with space collapsed, so nothing else can come back.
   */
  private String text() {
    // words start with a letter: the parser tidies space before punctuation (a , b -> a, b)
    List<String> words =
        random.list(1, 3, () -> random.character(LOWER) + random.string(0, 7, LOWER, MARKDOWN));
    return String.join(" ", words);
  }

  private String titleText() {
    String title = text();
    while (title.indexOf('\'') >= 0) {
      title = text();
    }
    return title;
  }

  private PortSpec.Rule rule() {
    Optional<String> service =
        random.optional(0.5, () -> random.string(2, 6, charsBetween('A', 'Z')));
    Optional<Transport> transport = random.optional(0.9, () -> random.oneOf(Transport.class));
    Optional<PortRange> ports =
        random.optional(
            0.9,
            () -> {
              int start = random.between(1, 65_000);
              return PortRange.of(start, start + random.between(0, 3));
            });
    Optional<Direction> direction = random.optional(0.9, () -> random.oneOf(Direction.class));
    String purpose = text();
    return new PortSpec.Rule(
        "x",
        service,
        transport,
        transport.filter(t -> !t.carriesPorts()).isPresent() ? Optional.empty() : ports,
        direction,
        withoutNotes(purpose, service, transport),
        random.optional(0.3, this::text),
        random.optional(0.3, this::text),
        List.of(),
        random.chance(0.5),
        false,
        Optional.empty(),
        1);
  }

  /**
   * The page parser reads {@code Label: text} in a purpose as the service when there is none, and a
   * closing {@code (tcp)} as the transport when there is none (documented limits in docs/spec.md);
   * generated purposes avoid those two shapes.
   */
  private static String withoutNotes(
      String purpose, Optional<String> service, Optional<Transport> transport) {
    String out = service.isEmpty() ? purpose.replace(": ", ":") : purpose;
    return transport.isEmpty() && out.endsWith(")") ? out + "." : out;
  }

  /** A table with no readable port is no port table to the parser: the first rule gets one. */
  private static List<PortSpec.Rule> withAPort(List<PortSpec.Rule> rules) {
    PortSpec.Rule r = rules.get(0);
    PortSpec.Rule first =
        new PortSpec.Rule(
            r.id(),
            r.service(),
            Optional.of(Transport.TCP),
            Optional.of(PortRange.of(443)),
            r.direction(),
            r.purpose(),
            r.source(),
            r.destination(),
            r.variants(),
            r.deprecated(),
            r.optional(),
            r.file(),
            r.line());
    List<PortSpec.Rule> out = new ArrayList<>(rules);
    out.set(0, first);
    return out;
  }

  /**
   * Distinct ids (the round trip makes its own) and distinct names (a page merges tables of the
   * same context).
   */
  private static List<PortSpec.Deployment> numbered(List<PortSpec.Deployment> deployments) {
    int[] n = {0};
    return deployments.stream()
        .map(
            d ->
                new PortSpec.Deployment(
                    d.name() + " d" + n[0]++,
                    d.components().stream()
                        .map(
                            c ->
                                new PortSpec.Component(
                                    c.name() + " c" + n[0]++,
                                    c.rules().stream().map(r -> r.withId("r" + n[0]++)).toList()))
                        .toList()))
        .toList();
  }
}
