package dev.portdoc.cli.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/** Reads a page exactly as stored and writes a fixed one back without a half-written moment. */
public final class PageFiles {

  private static final String BOM = "\uFEFF";

  private PageFiles() {}

  /** A page's text without its byte order mark, and whether it had one. */
  public record Text(String text, boolean bom) {}

  /** The page's text; empty when it is not valid UTF-8 (a fix would change its bytes). */
  public static Optional<Text> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(
          text.startsWith(BOM) ? new Text(text.substring(1), true) : new Text(text, false));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Replaces {@code file} with {@code text} (and the BOM when it had one): written to a temporary
   * file in the same folder, given the file's permissions, then moved over it atomically.
   */
  public static void write(Path file, Text fixed) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".portdoc-fix");
    try {
      String text = fixed.bom() ? BOM + fixed.text() : fixed.text();
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        Files.setPosixFilePermissions(temp, permissions);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
