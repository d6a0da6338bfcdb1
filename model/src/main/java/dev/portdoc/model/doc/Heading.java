package dev.portdoc.model.doc;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/** A section heading: level 1-6 and its plain text. */
public record Heading(int level, String text, SourceLocation location) {

  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level must be 1-6, was " + level);
    }
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(location, "location must not be null");
  }
}
