package dev.portdoc.site.yaml;

import static dev.portdoc.site.testing.RandomValues.charsBetween;

import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import dev.portdoc.site.testing.RandomValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Test support: random specs for the YAML and JSON round trips, any text in every field. */
final class SpecGenerator {

  /** Text that YAML would read as another type or as syntax: {@code yes}, {@code 1e3}, ... */
  private static final List<String> TRICKY =
      List.of(
          "yes",
          "no",
          "true",
          "null",
          "~",
          "1e3",
          "0x1F",
          "443",
          "-",
          "- a",
          "a: b",
          "#x",
          "&a",
          "*a",
          "!tag",
          "'q'",
          "\"q\"",
          " lead",
          "trail ",
          "",
          "multi\nline",
          "tab\t",
          "ümlaut ✓",
          "{a}",
          "[b]",
          "%x",
          "@x",
          "`x`",
          "|",
          ">");

  // printable text, tabs and line feeds; SpecBuilder turns other line breaks into line feeds
  private static final String[] CHARS = {
    charsBetween(' ', '~'),
    charsBetween('\u00a0', '\u2027'),
    charsBetween('\u2030', '\ud7ff'),
    "\n\t"
  };

  private final RandomValues random;

  SpecGenerator(Random random) {
    this.random = new RandomValues(random);
  }

  /** A spec whose rules have distinct ids, as the writer gives them. */
  PortSpec spec() {
    PortSpec.Source source = new PortSpec.Source(text(), maybe());
    List<String> variants = random.distinctList(3, this::text);
    List<PortSpec.Deployment> deployments =
        random.list(
            0,
            3,
            () ->
                new PortSpec.Deployment(
                    text(),
                    random.list(
                        0,
                        3,
                        () -> new PortSpec.Component(text(), random.list(0, 4, this::rule)))));
    return new PortSpec(source, variants, numbered(deployments));
  }

  private String text() {
    return random.chance(0.5) ? random.oneOf(TRICKY) : random.string(0, 30, CHARS);
  }

  private Optional<String> maybe() {
    return random.optional(0.6, this::text);
  }

  private PortSpec.Rule rule() {
    Optional<String> service = maybe();
    Optional<Transport> transport = random.optional(0.8, () -> random.oneOf(Transport.class));
    Optional<PortRange> ports =
        random.optional(
            0.8,
            () -> {
              int start = random.between(0, 70_000);
              return PortRange.of(start, start + random.between(0, 3));
            });
    // the reader refuses ports on icmp and ipip rules
    if (ports.isPresent() && transport.filter(t -> !t.carriesPorts()).isPresent()) {
      transport = Optional.empty();
    }
    return new PortSpec.Rule(
        "placeholder",
        service,
        transport,
        ports,
        random.optional(0.8, () -> random.oneOf(Direction.class)),
        text(),
        maybe(),
        maybe(),
        random.list(0, 2, this::text),
        random.chance(0.5),
        random.chance(0.5),
        random.optional(0.3, this::text),
        random.between(1, 100_000));
  }

  private static List<PortSpec.Deployment> numbered(List<PortSpec.Deployment> deployments) {
    int n = 0;
    List<PortSpec.Deployment> out = new ArrayList<>();
    for (PortSpec.Deployment d : deployments) {
      List<PortSpec.Component> components = new ArrayList<>();
      for (PortSpec.Component c : d.components()) {
        List<PortSpec.Rule> rules = new ArrayList<>();
        for (PortSpec.Rule r : c.rules()) {
          rules.add(r.withId("rule-" + ++n));
        }
        components.add(new PortSpec.Component(c.name(), rules));
      }
      out.add(new PortSpec.Deployment(d.name(), components));
    }
    return out;
  }
}
