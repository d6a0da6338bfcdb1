package dev.portdoc.site.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.port.Direction;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Model → YAML (or JSON) → model is the identity on generated specs. */
class SpecRoundTripPropertiesTest {

  private final YamlSpecWriter writer = new YamlSpecWriter();
  private final YamlSpecReader reader = new YamlSpecReader();

  @Property(tries = 300)
  void yamlReadsBackToTheSameSpec(@ForAll("specs") PortSpec spec) {
    String yaml = writer.yaml(spec);

    assertThat(reader.read("gen.yaml", yaml).spec()).isEqualTo(spec);
    assertThat(writer.yaml(reader.read("gen.yaml", yaml).spec())).isEqualTo(yaml);
  }

  @Property(tries = 100)
  void jsonReadsBackToTheSameSpec(@ForAll("specs") PortSpec spec) {
    assertThat(reader.read("gen.json", writer.json(spec)).spec()).isEqualTo(spec);
  }

  /** Any text, including what YAML would read as another type: {@code yes}, {@code 1e3}, ... */
  private static Arbitrary<String> text() {
    Arbitrary<String> tricky =
        Arbitraries.of(
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
    Arbitrary<String> any =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u00a0', '\u2027')
            .withCharRange('\u2030', '\ud7ff')
            .withChars('\n', '\t')
            .ofMaxLength(30);
    return Arbitraries.oneOf(tricky, any);
  }

  private static Arbitrary<Optional<String>> maybe(Arbitrary<String> values) {
    return values.optional(0.6);
  }

  private static Arbitrary<PortSpec.Rule> rules(Arbitrary<String> files) {
    Arbitrary<Optional<PortRange>> ports =
        Combinators.combine(
                Arbitraries.integers().between(0, 70_000), Arbitraries.integers().between(0, 3))
            .as((start, span) -> PortRange.of(start, start + span))
            .optional(0.8);
    Arbitrary<List<Object>> fields =
        Combinators.combine(
                maybe(text()),
                Arbitraries.of(Transport.class).optional(0.8),
                ports,
                Arbitraries.of(Direction.class).optional(0.8),
                text(),
                maybe(text()),
                maybe(text()),
                text().list().ofMaxSize(2))
            .as(
                (service, transport, range, direction, purpose, source, destination, variants) -> {
                  List<Object> list = new ArrayList<>();
                  list.add(service);
                  // the reader refuses ports on icmp and ipip rules
                  list.add(
                      range.isPresent() && transport.filter(t -> !t.carriesPorts()).isPresent()
                          ? Optional.empty()
                          : transport);
                  list.add(range);
                  list.add(direction);
                  list.add(purpose);
                  list.add(source);
                  list.add(destination);
                  list.add(variants);
                  return list;
                });
    return Combinators.combine(
            fields,
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            files.optional(0.3),
            Arbitraries.integers().between(1, 100_000))
        .as(
            (f, deprecated, optional, file, line) ->
                new PortSpec.Rule(
                    "placeholder",
                    cast(f.get(0)),
                    cast(f.get(1)),
                    cast(f.get(2)),
                    cast(f.get(3)),
                    (String) f.get(4),
                    cast(f.get(5)),
                    cast(f.get(6)),
                    cast(f.get(7)),
                    deprecated,
                    optional,
                    file,
                    line));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  @Provide
  Arbitrary<PortSpec> specs() {
    Arbitrary<PortSpec.Component> components =
        Combinators.combine(text(), rules(text()).list().ofMaxSize(4)).as(PortSpec.Component::new);
    Arbitrary<PortSpec.Deployment> deployments =
        Combinators.combine(text(), components.list().ofMaxSize(3)).as(PortSpec.Deployment::new);
    return Combinators.combine(
            text(),
            maybe(text()),
            text().list().uniqueElements().ofMaxSize(3),
            deployments.list().ofMaxSize(3))
        .as(
            (path, title, variants, list) ->
                numbered(
                    new PortSpec(new PortSpec.Source(path, title), variants, List.of()), list));
  }

  /** Gives every rule a distinct id, as the writer does. */
  private static PortSpec numbered(PortSpec base, List<PortSpec.Deployment> deployments) {
    int n = 0;
    List<PortSpec.Deployment> out = new ArrayList<>();
    for (PortSpec.Deployment d : deployments) {
      List<PortSpec.Component> components = new ArrayList<>();
      for (PortSpec.Component c : d.components()) {
        List<PortSpec.Rule> rules = new ArrayList<>();
        for (PortSpec.Rule r : c.rules()) {
          n++;
          rules.add(
              new PortSpec.Rule(
                  "rule-" + n,
                  r.service(),
                  r.transport(),
                  r.ports(),
                  r.direction(),
                  r.purpose(),
                  r.source(),
                  r.destination(),
                  r.variants(),
                  r.deprecated(),
                  r.optional(),
                  r.file(),
                  r.line()));
        }
        components.add(new PortSpec.Component(c.name(), rules));
      }
      out.add(new PortSpec.Deployment(d.name(), components));
    }
    return new PortSpec(base.source(), base.variants(), out);
  }
}
