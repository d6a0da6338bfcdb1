package dev.portdoc.site.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test support: what a written folder holds, to compare two outputs byte for byte. */
public final class FolderFiles {

  private FolderFiles() {}

  /** Every regular file below {@code root}: its bytes by its {@code /}-separated relative path. */
  public static Map<String, byte[]> of(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /**
   * Asserts that {@code actual} holds the files of {@code expected}, no more, each with the same
   * bytes; a file that differs is shown as text first, for a readable difference.
   */
  public static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String name : expected.keySet()) {
      assertThat(new String(actual.get(name), StandardCharsets.UTF_8))
          .as(name)
          .isEqualTo(new String(expected.get(name), StandardCharsets.UTF_8));
      assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
    }
  }
}
