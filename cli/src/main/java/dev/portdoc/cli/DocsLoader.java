package dev.portdoc.cli;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.GuardedPageParser;
import dev.portdoc.site.yaml.SpecDocument;
import dev.portdoc.site.yaml.SpecFormatException;
import dev.portdoc.site.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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
    TreeMap<String, Page> pages = new TreeMap<>();
    for (String given : paths) {
      Path path = Path.of(given);
      if (!Files.exists(path)) {
        throw new UsageException(given + ": no such file or folder");
      }
      if (Files.isDirectory(path)) {
        List<Path> found = walk(path, given);
        if (found.isEmpty()) {
          throw new UsageException(given + ": no .md or .mdx pages in this folder");
        }
        for (Path file : found) {
          if (ignored.test(file)) {
            continue;
          }
          String display = join(given, path.relativize(file));
          pages.putIfAbsent(display, new Page(file, display));
        }
      } else if (!Files.isRegularFile(path)) {
        // a FIFO or device would block or never end
        throw new UsageException(given + ": not a regular file or folder");
      } else if (!Files.isReadable(path)) {
        throw new UsageException(given + ": cannot be read (permission denied)");
      } else {
        String display = given.replace('\\', '/');
        pages.putIfAbsent(display, new Page(path, display));
      }
    }
    return List.copyOf(pages.values());
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
      return Files.readAllBytes(page.file());
    } catch (AccessDeniedException e) {
      throw new UsageException(page.displayPath() + ": cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new UsageException(page.displayPath() + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static List<Path> walk(Path root, String given) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skip =
                  !dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              if (attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".mdx"))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UsageException(given + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return found;
  }

  private static String join(String given, Path relative) {
    String rel = relative.toString().replace('\\', '/');
    String base = given.replace('\\', '/');
    while (base.endsWith("/") && base.length() > 1) {
      base = base.substring(0, base.length() - 1);
    }
    return base.equals(".") ? rel : base + "/" + rel;
  }
}
