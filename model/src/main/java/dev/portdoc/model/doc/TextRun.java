package dev.portdoc.model.doc;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/**
 * A piece of prose on one source line (heading or paragraph text), with code, URLs and markup
 * already left out. Character {@code i} of {@code text} sits at column {@code location.column() +
 * i}, so checks can point into it.
 */
public record TextRun(String text, SourceLocation location) {

  public TextRun {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(location, "location must not be null");
  }
}
