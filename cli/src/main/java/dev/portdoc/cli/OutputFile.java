package dev.portdoc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: a temporary file beside it, then a move over it. */
final class OutputFile {

  private OutputFile() {}

  static void write(Path file, String text) {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    if (Files.isDirectory(target)) {
      throw new UsageException(file + ": is a folder; --out takes a file");
    }
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UsageException(file + ": cannot be written (" + e.getMessage() + ")", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file is hidden and harmless; the error above matters more
        }
      }
    }
  }
}
