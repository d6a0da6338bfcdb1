package dev.portdoc.cli;

import dev.portdoc.cli.report.LintReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Source lines read from the files reports name (paths as given, so relative to the cwd). */
final class FileSourceLines implements LintReport.SourceLines {

  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  @Override
  public Optional<String> line(String file, int line) {
    List<String> lines = cache.computeIfAbsent(file, FileSourceLines::read);
    return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
  }

  private static List<String> read(String file) {
    try {
      // \r\n, \r and \n all end a line, as they do for the parser
      String text = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      return List.of(text.split("\r\n|\r|\n", -1));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
