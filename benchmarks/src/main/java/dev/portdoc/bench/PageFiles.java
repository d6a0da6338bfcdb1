package dev.portdoc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The .md and .mdx files under the given folders, sorted, read as UTF-8 like portdoc reads them.
 */
final class PageFiles {

  private PageFiles() {}

  static List<Path> under(String[] roots) {
    List<Path> files = new ArrayList<>();
    for (String root : roots) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(Files::isRegularFile)
            .filter(
                p -> {
                  String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                  return name.endsWith(".md") || name.endsWith(".mdx");
                })
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
