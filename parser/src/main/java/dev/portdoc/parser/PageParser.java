package dev.portdoc.parser;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.internal.DirectiveScanner;
import dev.portdoc.parser.internal.FlexmarkPageReader;
import java.util.Objects;

/**
 * Reads a Markdown or MDX page into a {@link Document}. Immutable and thread-safe: one instance can
 * parse many pages, also in parallel.
 */
public final class PageParser {

  private final FlexmarkPageReader reader = new FlexmarkPageReader();

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
    return reader.read(path, content).withSuppressions(DirectiveScanner.scan(path, content));
  }
}
