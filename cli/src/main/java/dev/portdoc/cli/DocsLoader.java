package dev.portdoc.cli;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.GuardedPageParser;
import dev.portdoc.site.yaml.SpecDocument;
import dev.portdoc.site.yaml.SpecFormatException;
import dev.portdoc.site.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Finds the pages under the paths a user gave and parses them. */
final class DocsLoader {

  /** A page to read: where it is, and the path reports show for it. */
  record Page(Path file, String displayPath) {}

  private final GuardedPageParser parser = GuardedPageParser.create();
  private final Map<String, List<Diagnostic>> parseErrors = new ConcurrentHashMap<>();
  // made on first use: Jackson's start-up is wasted on runs that read no spec
  private volatile YamlSpecReader specReader;

  /**
   * Every {@code .md} and {@code .mdx} file under {@code paths}, in a stable order; files named
   * explicitly are taken whatever their name ({@code .yaml} and {@code .yml} ones are read as
   * specs).
   */
  List<Page> find(List<String> paths) {
    return find(paths, file -> false);
  }

  /**
   * Every {@code .md} and {@code .mdx} file under {@code paths} that {@code ignored} does not
   * exclude, in a stable order. Pages named directly are never excluded.
   */
  List<Page> find(List<String> paths, Predicate<Path> ignored) {
    List<Page> pages = new ArrayList<>();
    for (String given : paths) {
      Path path = Path.of(given);
      if (!Files.exists(path)) {
        throw new UsageException(given + ": no such file or folder");
      }
      if (Files.isDirectory(path)) {
        List<Page> found = walk(path, given);
        if (found.isEmpty()) {
          throw new UsageException(given + ": no .md or .mdx pages in this folder");
        }
        for (Page page : found) {
          if (!ignored.test(page.file())) {
            pages.add(page);
          }
        }
      } else if (!Files.isRegularFile(path)) {
        // a FIFO or device would block or never end
        throw new UsageException(given + ": not a regular file or folder");
      } else if (!Files.isReadable(path)) {
        throw new UsageException(given + ": cannot be read (permission denied)");
      } else {
        String display = given.replace('\\', '/');
        pages.add(new Page(path, display));
      }
    }
    // in order of the paths reports show; of pages shown alike, the first found (a stable sort)
    pages.sort(Comparator.comparing(Page::displayPath));
    List<Page> distinct = new ArrayList<>(pages.size());
    for (Page page : pages) {
      if (distinct.isEmpty()
          || !distinct.get(distinct.size() - 1).displayPath().equals(page.displayPath())) {
        distinct.add(page);
      }
    }
    return List.copyOf(distinct);
  }

  /** Reads and parses every page, keeping their order. */
  List<Document> load(List<Page> pages) {
    return pages.parallelStream().map(this::parse).toList();
  }

  /**
   * The {@code parse-error} findings of the pages loaded so far, by page path: pages that are not
   * UTF-8 text or that the parser could not finish. Such a page loads as an empty document.
   */
  Map<String, List<Diagnostic>> parseErrors() {
    return new TreeMap<>(parseErrors);
  }

  /**
   * Fails with the first {@code parse-error} so far, for commands whose result would be wrong with
   * an empty document in place of a page (diff would report all its rules removed).
   */
  void requireParsed() {
    parseErrors.values().stream()
        .flatMap(List::stream)
        .sorted()
        .findFirst()
        .ifPresent(
            d -> {
              throw new UsageException(d.location() + ": " + d.message());
            });
  }

  /** Reads and parses one page; a spec file is read back into its model. */
  Document parse(Page page) {
    if (isSpec(page.file())) {
      return SpecDocument.of(page.displayPath(), readSpec(page));
    }
    GuardedPageParser.Result result = parser.parse(page.displayPath(), read(page));
    if (!result.diagnostics().isEmpty()) {
      parseErrors.put(page.displayPath(), result.diagnostics());
    }
    return result.document();
  }

  /** True for a {@code .yaml} or {@code .yml} file: a spec, read when named explicitly. */
  static boolean isSpec(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** Reads a spec file; a malformed one is a usage error naming file, line and column. */
  YamlSpecReader.Read readSpec(Page page) {
    try {
      // refuse before reading a huge file into memory (characters are at least one byte)
      if (Files.size(page.file()) > 4L * YamlSpecReader.MAX_CHARS) {
        throw new UsageException(
            page.displayPath()
                + ":1:1: spec is larger than "
                + YamlSpecReader.MAX_CHARS
                + " characters; refusing to read it");
      }
      String text = new String(read(page), StandardCharsets.UTF_8);
      return specReader()
          .read(page.displayPath(), text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (SpecFormatException e) {
      throw new UsageException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UsageException(page.displayPath() + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private YamlSpecReader specReader() {
    YamlSpecReader reader = specReader;
    if (reader == null) {
      reader = new YamlSpecReader();
      specReader = reader;
    }
    return reader;
  }

  private static byte[] read(Page page) {
    try {
      return readBytes(page.file());
    } catch (AccessDeniedException e) {
      throw new UsageException(page.displayPath() + ": cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new UsageException(page.displayPath() + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Each reading thread's buffer: a page is read into it straight from the file. */
  private static final ThreadLocal<ByteBuffer> BUFFER =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(256 * 1024));

  /**
   * The bytes of {@code file}: {@link Files#readAllBytes} without its size query, stream and
   * temporary buffer, a sixth less CPU time a page. A file larger than the buffer is read again the
   * usual way.
   */
  static byte[] readBytes(Path file) throws IOException {
    ByteBuffer buffer = BUFFER.get();
    buffer.clear();
    try (FileChannel channel = FileChannel.open(file)) {
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // until the end of the file, or a full buffer
      }
    }
    if (!buffer.hasRemaining()) {
      return Files.readAllBytes(file);
    }
    byte[] bytes = new byte[buffer.flip().remaining()];
    buffer.get(bytes);
    return bytes;
  }

  /**
   * The {@code .md} and {@code .mdx} regular files below the folder {@code root} (hidden folders
   * and {@code node_modules} skipped, links not followed, not even {@code root}), as {@link
   * Files#walkFileTree} visits them, and failing on the error it would fail on first. Entries are
   * looked at in parallel: a large tree's walk is a system call per entry, and no page can be read
   * before it ends.
   */
  private static List<Page> walk(Path root, String given) {
    String base = given.replace('\\', '/');
    while (base.endsWith("/") && base.length() > 1) {
      base = base.substring(0, base.length() - 1);
    }
    Listing listing = visit(root, base.equals(".") ? "" : base, true);
    if (listing.error() != null) {
      throw new UsageException(
          given + ": cannot be read (" + listing.error().getMessage() + ")", listing.error());
    }
    return listing.pages();
  }

  /** Pages found below a path, up to the first error in walk order (then that error). */
  private record Listing(List<Page> pages, IOException error) {
    static final Listing NONE = new Listing(List.of(), null);
  }

  /**
   * The pages at or below {@code entry}, whose display path is {@code display} (empty for the
   * current folder): itself when it is a page, the folder's when it is a folder.
   */
  private static Listing visit(Path entry, String display, boolean root) {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return new Listing(List.of(), e);
    }
    if (attributes.isDirectory()) {
      return folder(entry, display.isEmpty() ? "" : display + "/", root);
    }
    if (!root && attributes.isRegularFile() && isPage(entry.getFileName().toString())) {
      return new Listing(List.of(new Page(entry, display)), null);
    }
    return Listing.NONE;
  }

  /** The pages below the folder {@code dir}; {@code prefix} starts the display paths in it. */
  private static Listing folder(Path dir, String prefix, boolean root) {
    List<Path> entries = new ArrayList<>();
    IOException late = null;
    // the walk opens a folder before it asks whether to skip it: an unreadable one fails even
    // when it would be skipped
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      if (!root && isSkipped(dir)) {
        return Listing.NONE;
      }
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (DirectoryIteratorException e) {
      late = e.getCause(); // reported after the entries listed before it
    } catch (IOException e) {
      return new Listing(List.of(), e);
    }
    entries.sort(null); // names in order: the pages come out nearly sorted
    List<Listing> below =
        entries.parallelStream()
            .map(entry -> visit(entry, prefix + entry.getFileName(), false))
            .toList();
    List<Page> pages = new ArrayList<>();
    for (Listing listing : below) {
      pages.addAll(listing.pages());
      if (listing.error() != null) {
        return new Listing(pages, listing.error());
      }
    }
    return new Listing(pages, late);
  }

  private static boolean isSkipped(Path dir) {
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    return name.startsWith(".") || name.equals("node_modules");
  }

  private static boolean isPage(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".mdx");
  }
}
