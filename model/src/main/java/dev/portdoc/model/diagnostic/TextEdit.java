package dev.portdoc.model.diagnostic;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/**
 * Replace {@code length} characters (UTF-16 code units, on one line) from {@code start} with {@code
 * replacement}.
 */
public record TextEdit(SourceLocation start, int length, String replacement) implements Edit {

  public TextEdit {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(replacement, "replacement must not be null");
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative, was " + length);
    }
  }
}
