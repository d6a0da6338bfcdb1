package dev.portdoc.site.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of the spec reader: any text is read, or refused with a {@link SpecFormatException}
 * that names the file, line and column; nothing else is ever thrown. A normal test run replays the
 * inputs under {@code src/test/resources/dev/portdoc/site/yaml/YamlSpecReaderFuzzTestInputs/}; see
 * the README, "Fuzzing".
 */
class YamlSpecReaderFuzzTest {

  private static final YamlSpecReader READER = new YamlSpecReader();

  @FuzzTest(maxDuration = "10m")
  void anyTextIsReadOrRefusedWithALocation(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      YamlSpecReader.Read read = READER.read("fuzz.yaml", text);
      assertThat(read.marks()).hasSameSizeAs(read.spec().rules());
    } catch (SpecFormatException e) {
      assertThat(e.getMessage()).matches("(?s)fuzz\\.yaml:[1-9][0-9]*:[1-9][0-9]*: .+");
    }
  }
}
