package dev.portdoc.site;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes files below a folder on a few threads of their own, so that the threads rendering pages do
 * not wait for the file system: creating a file waits on the file system's journal, and on a busy
 * disk that took longer than rendering the page. At most {@code maxPending} bytes wait to be
 * written; {@link #finish} waits for every file and reports the first failure. Thread-safe.
 */
public final class FileWriters implements AutoCloseable {

  private final Path folder;
  private final ExecutorService threads;
  private final Semaphore pending;
  private final int maxPending;
  private final Object lock = new Object();
  private int running;
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private final AtomicReference<IOException> failure = new AtomicReference<>();

  public FileWriters(Path folder, int threads, int maxPending) {
    this.folder = folder;
    this.maxPending = maxPending;
    this.pending = new Semaphore(maxPending);
    this.threads =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "portdoc-write");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Writes {@code bytes} to {@code path} (relative to the folder), soon. */
  public void write(String path, byte[] bytes) throws IOException {
    rethrow();
    int weight = Math.max(1, Math.min(bytes.length, maxPending));
    try {
      pending.acquire(weight);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted before writing " + path);
    }
    synchronized (lock) {
      running++;
    }
    threads.execute(
        () -> {
          try {
            if (failure.get() == null) {
              Files.write(file(path), bytes);
            }
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          } catch (RuntimeException e) {
            failure.compareAndSet(null, new IOException(e.getMessage(), e));
          } finally {
            pending.release(weight);
            synchronized (lock) {
              if (--running == 0) {
                lock.notifyAll();
              }
            }
          }
        });
  }

  /** {@code path} below the folder, its parent folders created. */
  public Path file(String path) throws IOException {
    Path file = folder.resolve(path);
    Path parent = file.getParent();
    if (!folders.contains(parent)) {
      Files.createDirectories(parent);
      folders.add(parent);
    }
    return file;
  }

  /** Waits until every file given so far is written; throws the first failure. */
  public void finish() throws IOException {
    synchronized (lock) {
      while (running > 0) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while writing " + folder);
        }
      }
    }
    rethrow();
  }

  private void rethrow() throws IOException {
    IOException e = failure.get();
    if (e != null) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Stops the threads; files not yet written are dropped (after {@link #finish} there are none).
   * Returns once no thread writes any more, so that a failed build's folder can be deleted.
   */
  @Override
  public void close() {
    threads.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (threads.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
