package dev.portdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder walk (entries looked at in parallel) finds what {@link Files#walkFileTree} with the
 * same rules finds, shown and ordered alike, on seeded random trees full of near misses.
 */
class DocsLoaderTest {

  @TempDir Path dir;

  /** Names that sort around each other ('-' and '.' before '/'), hidden, skipped, odd cases. */
  private static final String[] NAMES = {
    "a",
    "a-b",
    "a.b",
    "A",
    "b",
    "node_modules",
    ".hidden",
    "x.md",
    "x.MD",
    "y.mdx",
    "z.txt",
    "dir.md",
    "ports.md",
    "Ports.Md",
    "é.md",
    "a b.md",
    "mdx",
    ".md"
  };

  private static List<DocsLoader.Page> byWalkFileTree(List<String> paths) throws IOException {
    TreeMap<String, DocsLoader.Page> pages = new TreeMap<>();
    for (String given : paths) {
      Path root = Path.of(given);
      if (!Files.isDirectory(root)) {
        String display = given.replace('\\', '/');
        pages.putIfAbsent(display, new DocsLoader.Page(root, display));
        continue;
      }
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
              String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
              boolean skip =
                  !folder.equals(root) && (name.startsWith(".") || name.equals("node_modules"));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              if (attrs.isRegularFile() && (name.endsWith(".md") || name.endsWith(".mdx"))) {
                String rel = root.relativize(file).toString();
                String base = given;
                while (base.endsWith("/") && base.length() > 1) {
                  base = base.substring(0, base.length() - 1);
                }
                String display = base.equals(".") ? rel : base + "/" + rel;
                pages.putIfAbsent(display, new DocsLoader.Page(file, display));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    }
    return List.copyOf(pages.values());
  }

  private void randomTree(Random random, Path folder, int depth) throws IOException {
    for (int i = random.nextInt(depth == 0 ? 12 : 6); i >= 0; i--) {
      Path entry = folder.resolve(NAMES[random.nextInt(NAMES.length)]);
      if (Files.exists(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      int kind = random.nextInt(10);
      if (kind < 3 && depth < 3) {
        Files.createDirectory(entry);
        randomTree(random, entry, depth + 1);
      } else if (kind == 3) {
        // links are not followed: to a page, to a folder, to nothing
        Path target =
            random.nextBoolean() ? dir.resolve("outside.md") : dir.resolve("missing-target");
        Files.createSymbolicLink(entry, random.nextBoolean() ? target : folder);
      } else {
        Files.writeString(entry, "# Page\n");
      }
    }
  }

  @Test
  void findsWhatWalkFileTreeFindsInTheSameOrder() throws IOException {
    Files.writeString(dir.resolve("outside.md"), "# Outside\n");
    Random random = new Random(42);
    int compared = 0;
    for (int tree = 0; tree < 60; tree++) {
      Path root = Files.createDirectory(dir.resolve("tree" + tree));
      randomTree(random, root, 0);
      String given = root + (random.nextBoolean() ? "/" : "");
      List<String> paths = new ArrayList<>(List.of(given));
      if (random.nextBoolean()) {
        paths.add(root.toString()); // the same pages again: each once, as first found
      }
      List<DocsLoader.Page> expected = byWalkFileTree(paths);
      if (expected.isEmpty()) {
        assertThatThrownBy(() -> new DocsLoader().find(paths))
            .isInstanceOf(UsageException.class)
            .hasMessage(given + ": no .md or .mdx pages in this folder");
        continue;
      }
      assertThat(new DocsLoader().find(paths)).as("tree %d", tree).isEqualTo(expected);
      compared++;
    }
    assertThat(compared).isGreaterThan(30);
  }

  @Test
  void pagesComeInTheOrderOfTheirShownPaths() throws IOException {
    Files.createDirectories(dir.resolve("docs/a"));
    Files.writeString(dir.resolve("docs/a/one.md"), "# One\n");
    Files.writeString(dir.resolve("docs/a-b.md"), "# Two\n");

    List<DocsLoader.Page> pages = new DocsLoader().find(List.of(dir + "/docs"));

    // "a-b.md" sorts before "a/one.md": '-' comes before '/'
    assertThat(pages)
        .extracting(DocsLoader.Page::displayPath)
        .containsExactly(dir + "/docs/a-b.md", dir + "/docs/a/one.md");
  }

  @Test
  void readsEveryByteOfFilesSmallerAndLargerThanItsBuffer() throws IOException {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 7000, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 1 << 20}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      Path file = Files.write(dir.resolve("page-" + size + ".md"), bytes);

      assertThat(DocsLoader.readBytes(file)).as("size %d", size).isEqualTo(bytes);
    }
  }

  @Test
  void failsToReadAsFilesReadAllBytesFails() {
    for (Path file : new Path[] {dir, dir.resolve("missing.md")}) {
      Throwable expected =
          org.assertj.core.api.Assertions.catchThrowable(() -> Files.readAllBytes(file));
      assertThatThrownBy(() -> DocsLoader.readBytes(file))
          .isInstanceOf(expected.getClass())
          .hasMessage(expected.getMessage());
    }
  }

  @Test
  void aLinkedRootFolderIsNotFollowed() throws IOException {
    Path real = Files.createDirectory(dir.resolve("real"));
    Files.writeString(real.resolve("page.md"), "# Page\n");
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);

    assertThatThrownBy(() -> new DocsLoader().find(List.of(link.toString())))
        .isInstanceOf(UsageException.class)
        .hasMessage(link + ": no .md or .mdx pages in this folder");
  }
}
