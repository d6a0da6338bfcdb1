package dev.portdoc.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Objects;

/**
 * Writes a complete output folder or nothing: files go to a temporary folder beside the target,
 * which replaces the target only when everything was written. A failed run leaves the previous
 * output as it was, and nothing outside the target is touched.
 */
public final class OutputFolder {

  /** Writes the files of an output into a fresh folder. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path folder) throws IOException;
  }

  private final Path target;

  private OutputFolder(Path target) {
    this.target = target;
  }

  /**
   * An output folder at {@code target}.
   *
   * @throws IllegalArgumentException when the target is one of the sources or contains one, since
   *     replacing it would delete documentation
   */
  public static OutputFolder at(Path target, Collection<Path> sources) {
    Objects.requireNonNull(target, "target must not be null");
    Path absolute = target.toAbsolutePath().normalize();
    for (Path source : sources) {
      Path src = source.toAbsolutePath().normalize();
      if (src.startsWith(absolute)) {
        throw new IllegalArgumentException(
            "output folder " + target + " contains the input " + source + "; choose another --out");
      }
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(absolute)) {
      throw new IllegalArgumentException("output " + target + " exists and is not a folder");
    }
    return new OutputFolder(absolute);
  }

  public Path path() {
    return target;
  }

  /** Writes {@code content} into a temporary folder, then puts it in place of the target. */
  public void replaceWith(Content content) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    try {
      content.writeTo(staging);
      Path previous = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        previous = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
        Files.delete(previous);
        move(target, previous);
      }
      move(staging, target);
      staging = null;
      if (previous != null) {
        deleteTree(previous);
      }
    } finally {
      if (staging != null) {
        deleteTree(staging);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
