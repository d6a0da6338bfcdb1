package dev.portdoc.site.yaml;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Model → YAML (or JSON) → model is the identity on generated specs. */
class SpecRoundTripPropertiesTest {

  private final YamlSpecWriter writer = new YamlSpecWriter();
  private final YamlSpecReader reader = new YamlSpecReader();

  @Test
  void yamlReadsBackToTheSameSpec() {
    forAll(
        0x5EC_0001L,
        300,
        random -> new SpecGenerator(random).spec(),
        spec -> {
          String yaml = writer.yaml(spec);

          assertThat(reader.read("gen.yaml", yaml).spec()).isEqualTo(spec);
          assertThat(writer.yaml(reader.read("gen.yaml", yaml).spec())).isEqualTo(yaml);
        });
  }

  @Test
  void jsonReadsBackToTheSameSpec() {
    forAll(
        0x5EC_0002L,
        100,
        random -> new SpecGenerator(random).spec(),
        spec -> assertThat(reader.read("gen.json", writer.json(spec)).spec()).isEqualTo(spec));
  }
}
