package dev.portdoc.site;

import dev.portdoc.model.doc.Document;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Where each document's outputs go inside the output folder, and slugs for ids. */
public final class SitePaths {

  private static final Pattern PAGE_EXTENSION = Pattern.compile("\\.(md|mdx|markdown)$");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private SitePaths() {}

  /** {@code docs/ports.md} → {@code docs/ports}: the document path without its extension. */
  public static String stem(String documentPath) {
    String path = documentPath.replace('\\', '/');
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    while (path.startsWith("../")) {
      path = path.substring(3);
    }
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    return PAGE_EXTENSION.matcher(path).replaceFirst("");
  }

  /** The HTML page of a document, relative to the output folder. */
  public static String htmlPage(String documentPath) {
    return "pages/" + stem(documentPath) + ".html";
  }

  /** The YAML spec of a document, relative to the output folder. */
  public static String yamlSpec(String documentPath) {
    return "specs/" + stem(documentPath) + ".yaml";
  }

  /**
   * The spec of the whole tree, relative to the output folder: {@code specs/all.yaml}, or {@code
   * specs/all-2.yaml} and so on when a page's own spec already takes that name.
   */
  public static String treeSpec(SiteInput input) {
    Set<String> taken = new HashSet<>();
    for (Document document : input.documents()) {
      taken.add(yamlSpec(input.outputName(document)));
    }
    String name = "specs/all.yaml";
    for (int n = 2; taken.contains(name); n++) {
      name = "specs/all-" + n + ".yaml";
    }
    return name;
  }

  /** {@code Self-Hosted Network} → {@code self-hosted-network}. */
  public static String slug(String text) {
    // a build takes a slug of every row; the regular expressions cost more than the rest of a
    // row's view, so ASCII text (nearly all of it) takes a loop that gives the same result
    return isAscii(text) ? asciiSlug(text) : slugByPattern(text);
  }

  /** The reference for {@link #slug}: any text, including what lower-cases outside ASCII. */
  static String slugByPattern(String text) {
    String slug = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }

  private static String asciiSlug(String text) {
    StringBuilder slug = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        gap = false;
        slug.append(c);
      } else {
        gap = true;
      }
    }
    return slug.length() == 0 ? "x" : slug.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code ../..} steps from a file at {@code path} up to the output folder. */
  public static String toRoot(String path) {
    long depth = path.chars().filter(c -> c == '/').count();
    return depth == 0 ? "./" : "../".repeat((int) depth);
  }
}
