package dev.portdoc.site;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    try (Staging staging = stage()) {
      content.writeTo(staging.path());
      staging.commit();
    }
  }

  /**
   * A fresh temporary folder beside the target, for a caller that writes into it over time (a build
   * writes specs while it parses): {@link Staging#commit} puts it in place of the target, and
   * closing it uncommitted deletes it, leaving the target as it was.
   */
  public Staging stage() throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    return new Staging(Files.createTempDirectory(parent, "." + target.getFileName() + ".new-"));
  }

  /** A temporary folder that becomes the target on {@link #commit}, or is deleted on close. */
  public final class Staging implements AutoCloseable {

    private Path folder;

    private Staging(Path folder) {
      this.folder = folder;
    }

    /** Where to write the output. */
    public Path path() {
      if (folder == null) {
        throw new IllegalStateException("the output was committed already");
      }
      return folder;
    }

    /** Puts the folder in place of the target, then deletes the previous output. */
    public void commit() throws IOException {
      Path staged = path();
      Path parent = target.getParent();
      Path previous = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        previous = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
        Files.delete(previous);
        move(target, previous);
      }
      move(staged, target);
      folder = null;
      if (previous != null) {
        deleteTree(previous);
      }
    }

    /** Deletes the folder unless it was committed. */
    @Override
    public void close() throws IOException {
      if (folder != null) {
        Path staged = folder;
        folder = null;
        deleteTree(staged);
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

  /** Below this many files a tree is deleted on the calling thread alone. */
  private static final int PARALLEL_FROM = 256;

  /**
   * Files unlinked at once: an unlink waits on the file system (journal, discards), not the CPU.
   */
  private static final int DELETERS = 8;

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            files.add(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            folders.add(dir);
            return FileVisitResult.CONTINUE;
          }
        });
    // a previous site's files, deleted one after another, took seconds on a file system that
    // discards freed blocks; deleted several at a time they take a fraction of that
    if (files.size() < PARALLEL_FROM) {
      for (Path file : files) {
        Files.delete(file);
      }
    } else {
      deleteAll(files);
    }
    // children before their parents, as the walk listed them
    for (Path folder : folders) {
      Files.delete(folder);
    }
  }

  private static void deleteAll(List<Path> files) throws IOException {
    ExecutorService deleters =
        Executors.newFixedThreadPool(
            DELETERS,
            task -> {
              Thread thread = new Thread(task, "portdoc-delete");
              thread.setDaemon(true);
              return thread;
            });
    try {
      int chunk = (files.size() + DELETERS * 4 - 1) / (DELETERS * 4);
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < files.size(); from += chunk) {
        List<Path> part = files.subList(from, Math.min(files.size(), from + chunk));
        done.add(
            deleters.submit(
                () -> {
                  for (Path file : part) {
                    Files.delete(file);
                  }
                  return null;
                }));
      }
      for (Future<?> part : done) {
        try {
          part.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while deleting " + part);
        }
      }
    } finally {
      deleters.shutdownNow();
    }
  }
}
