package dev.portdoc.parser;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.internal.DirectiveScanner;
import dev.portdoc.parser.internal.FastPageReader;
import dev.portdoc.parser.internal.FlexmarkPageReader;
import dev.portdoc.parser.internal.PageFacts;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a Markdown or MDX page into a {@link Document}. Immutable and thread-safe: one instance can
 * parse many pages, also in parallel.
 *
 * <p>Most pages are plain enough for a line scanner ({@link FastPageReader}) that builds the same
 * document as flexmark at a fraction of the cost; the others go to flexmark, which is only loaded
 * when a first page needs it.
 */
public final class PageParser {

  /** Created on first use, so runs whose pages all take the fast path never load flexmark. */
  private static final class Flexmark {
    static final FlexmarkPageReader READER = new FlexmarkPageReader();
  }

  private PageParser() {}

  /** A parser for Markdown and MDX pages. */
  public static PageParser create() {
    return new PageParser();
  }

  /**
   * Parses one page.
   *
   * @param path the file as it should appear in locations and reports
   * @param content the page's text
   */
  public Document parse(String path, String content) {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(content, "content must not be null");
    return parseFast(path, content).orElseGet(() -> parseFully(path, content));
  }

  /**
   * The page's document when the fast path can read it, else empty. Linear and without recursion,
   * so it can run without the guards a flexmark parse needs.
   */
  Optional<Document> parseFast(String path, String content) {
    return parseFast(path, content, PageFacts.UNKNOWN);
  }

  /** {@link #parseFast(String, String)} for a page whose bytes gave {@code facts}. */
  Optional<Document> parseFast(String path, String content, PageFacts facts) {
    return FastPageReader.read(path, content, facts)
        .map(d -> facts.mayHaveDirective() ? withSuppressions(d, path, content) : d);
  }

  /** The page's document from flexmark. */
  Document parseFully(String path, String content) {
    return withSuppressions(Flexmark.READER.read(path, content), path, content);
  }

  private static Document withSuppressions(Document document, String path, String content) {
    return document.withSuppressions(DirectiveScanner.scan(path, content));
  }
}
