package dev.portdoc.site.yaml;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.testing.RandomValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The direct YAML writer gives Jackson's bytes. */
class SpecYamlEmitterTest {

  private final YamlSpecWriter writer = new YamlSpecWriter();

  @Test
  void generatedSpecsAreWrittenAsJacksonWritesThem() {
    forAll(
        0x5EC_0003L,
        500,
        random -> new SpecGenerator(random).spec(),
        spec -> assertThat(writer.yaml(spec)).isEqualTo(writer.viaJackson(spec)));
  }

  @Test
  void stringsTakenAsPlainAreWrittenPlainByJackson() {
    forAll(
        0x5EC_0004L,
        3000,
        random ->
            new RandomValues(random).string(1, 12, "aZ", charsBetween(' ', '~'), "  -.:#'\"\\"),
        text -> {
          if (SpecYamlEmitter.isPlain(text)) {
            assertThat(jacksonValue(text)).isEqualTo(text);
          }
        });
  }

  @Test
  void wordsYamlReadsAsBooleansOrNullAreNotTakenAsPlain() {
    List<String> words = new ArrayList<>();
    for (String word :
        List.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf")) {
      words.add(word);
      words.add(word.toUpperCase(Locale.ROOT));
      words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    for (String word : words) {
      if (SpecYamlEmitter.isPlain(word)) {
        assertThat(jacksonValue(word)).as(word).isEqualTo(word);
      } else {
        assertThat(word.toLowerCase(Locale.ROOT))
            .isIn("y", "n", "yes", "no", "on", "off", "true", "false", "null");
      }
    }
  }

  @Test
  void aStringThatNeedsSeveralLinesMakesTheWholeSpecGoThroughJackson() {
    PortSpec spec =
        new PortSpec(new PortSpec.Source("a.md", Optional.of("two\nlines")), List.of(), List.of());

    assertThat(writer.yaml(spec))
        .isEqualTo(writer.viaJackson(spec))
        .contains("  title: |-\n    two\n    lines\n");
  }

  private String jacksonValue(String text) {
    PortSpec spec = new PortSpec(new PortSpec.Source(text, Optional.empty()), List.of(), List.of());
    String yaml = writer.viaJackson(spec);
    String line = yaml.lines().filter(l -> l.startsWith("  path: ")).findFirst().orElseThrow();
    return line.substring("  path: ".length());
  }
}
