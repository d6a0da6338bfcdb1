package dev.portdoc.site.testing;

import java.io.IOException;
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
}
