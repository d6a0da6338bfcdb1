package dev.portdoc.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code src/test/resources}. Run with {@code
 * -Dportdoc.updateGolden=true} to write the files instead, then review the diff.
 */
final class Golden {

  private static final Path RESOURCES = Path.of("src/test/resources");

  private Golden() {}

  static String read(String resource) {
    try {
      return Files.readString(RESOURCES.resolve(resource), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertMatches(String resource, String actual) {
    Path file = RESOURCES.resolve(resource);
    try {
      if (Boolean.getBoolean("portdoc.updateGolden")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s (write it with -Dportdoc.updateGolden=true)", file)
          .exists();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
