package dev.portdoc.site.yaml;

import static dev.portdoc.site.testing.PropertyCases.forAll;
import static dev.portdoc.site.testing.RandomValues.charsBetween;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.site.testing.RandomValues;
import java.nio.charset.StandardCharsets;
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
  void generatedSpecsAreEncodedAsJacksonsTextIs() {
    forAll(
        0x5EC_0005L,
        500,
        random -> new SpecGenerator(random).spec(),
        spec ->
            assertThat(writer.yamlUtf8(spec))
                .isEqualTo(writer.viaJackson(spec).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pathsTakenAsPlainAreWrittenPlainByJackson() {
    forAll(
        0x5EC_0007L,
        3000,
        random -> {
          RandomValues values = new RandomValues(random);
          return values.oneOf("/", "./", "../", ".", "..", "...", ".5", "/.", "-/", "~/")
              + values.string(0, 8, "a/", "./", "-_ ", charsBetween(' ', '~'));
        },
        text -> {
          if (SpecYamlEmitter.isPlain(text)) {
            assertThat(jacksonValue(text)).isEqualTo(text);
          }
        });
    assertThat(SpecYamlEmitter.isPlain("/tmp/trees/2k/section-39/ports-01999.md")).isTrue();
    assertThat(SpecYamlEmitter.isPlain("../shared/corpus/a.mdx")).isTrue();
    assertThat(SpecYamlEmitter.isPlain(".inf")).isFalse();
    assertThat(SpecYamlEmitter.isPlain(".../a")).isFalse();
  }

  @Test
  void stringsTakenAsQuotedAsIsAreWrittenSoByJackson() {
    forAll(
        0x5EC_0006L,
        3000,
        random ->
            new RandomValues(random)
                .string(0, 10, "a Z", ",[]{}", charsBetween(' ', '~'), "\"\\'#:-\t\u00e9\u2028"),
        text -> {
          if (SpecYamlEmitter.isQuotedAsIs(text)) {
            assertThat(jacksonValue(text)).isEqualTo('"' + text + '"');
          }
        });
  }

  @Test
  void theEmptyStringAndStringsWithFlowIndicatorsAreQuotedAsIs() {
    for (String text : List.of("", "a, b", " [x] ", "{{site.name}} NTP", "}")) {
      assertThat(SpecYamlEmitter.isQuotedAsIs(text)).as(text).isTrue();
      assertThat(jacksonValue(text)).isEqualTo('"' + text + '"');
    }
    for (String text : List.of("a: b", "say \"a, b\"", "a\\b, c", "caf\u00e9, bar", "a,\tb")) {
      assertThat(SpecYamlEmitter.isQuotedAsIs(text)).as(text).isFalse();
    }
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
