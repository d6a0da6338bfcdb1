package dev.portdoc.site;

import dev.portdoc.model.doc.Document;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The YAML spec files of a build, written while the pages are still being parsed: a page's spec
 * depends on its own model only, so it can be written as soon as that exists, on the thread that
 * parsed it, instead of adding to the site's phase. Files go to writer threads of their own (see
 * {@link FileWriters}). Made by {@link SiteBuilder#specFiles}, then handed to {@link
 * SiteBuilder#write(SiteInput, Path, SpecFiles)}, which writes whatever is missing. Thread-safe.
 */
public final class SpecFiles implements AutoCloseable {

  /** Threads that create the files: they wait on the file system, not the CPU. */
  private static final int WRITERS = 2;

  /** Bytes made but not yet written, at most. */
  private static final int PENDING = 8 << 20;

  private final YamlSpecWriter yaml;
  private final Path folder;
  private final String sourceRoot;
  // the spec file each document path keeps: of two sources with one output name, the later
  private final Map<String, String> kept = new HashMap<>();
  private final Set<String> written;
  private final boolean distinct;
  private final FileWriters files;
  private final AtomicReference<IOException> failure = new AtomicReference<>();

  SpecFiles(YamlSpecWriter yaml, Path folder, String sourceRoot, List<String> documentPaths) {
    this.yaml = yaml;
    this.folder = folder;
    this.sourceRoot = sourceRoot;
    Map<String, String> lastBySpec = new HashMap<>();
    for (String path : documentPaths) {
      lastBySpec.put(specOf(path), path);
    }
    // documents are known by path: with a path given twice none is written here
    this.distinct = Set.copyOf(documentPaths).size() == documentPaths.size();
    if (distinct) {
      lastBySpec.forEach((spec, path) -> kept.put(path, spec));
    }
    this.written = ConcurrentHashMap.newKeySet(documentPaths.size());
    this.files = new FileWriters(folder, WRITERS, PENDING);
  }

  /**
   * Writes the spec of {@code document} unless another document takes its file name; a failure is
   * reported by {@link #finish}. Call from any thread; a document path is written once.
   */
  public void write(Document document) {
    String spec = kept.get(document.path());
    if (spec == null || failure.get() != null) {
      return;
    }
    if (!written.add(document.path())) {
      return;
    }
    try {
      files.write(spec, yaml.writeUtf8(document));
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
  }

  /** Waits until every spec given so far is written; throws the first failure. */
  void finish() throws IOException {
    IOException e = failure.get();
    if (e != null) {
      throw new IOException(e.getMessage(), e);
    }
    files.finish();
  }

  /**
   * @throws IllegalArgumentException unless these spec files were made for {@code input}'s source
   *     root and for {@code folder}: their names would not be the site's
   */
  void requireFor(SiteInput input, Path folder) {
    if (!folder.equals(this.folder) || !input.sourceRoot().equals(sourceRoot)) {
      throw new IllegalArgumentException(
          "spec files made for "
              + this.folder
              + " from '"
              + sourceRoot
              + "', not for "
              + folder
              + " from '"
              + input.sourceRoot()
              + "'");
    }
  }

  /** True when {@link #write} wrote this document's spec. */
  boolean wrote(Document document) {
    return written.contains(document.path());
  }

  /** The spec file of a document path, relative to the output folder. */
  private String specOf(String documentPath) {
    return SitePaths.yamlSpec(SiteInput.outputName(documentPath, sourceRoot));
  }

  /** Stops the writer threads; returns once none writes any more. */
  @Override
  public void close() {
    files.close();
  }
}
