package dev.portdoc.model.diagnostic;

import dev.portdoc.model.source.SourceLocation;
import java.util.Objects;

/** Remove the whole line {@code start} is on, its line end included. */
public record LineDeletion(SourceLocation start) implements Edit {

  public LineDeletion {
    Objects.requireNonNull(start, "start must not be null");
  }

  /** Deletes line {@code line} of {@code file}. */
  public static LineDeletion of(String file, int line) {
    return new LineDeletion(new SourceLocation(file, line, 1));
  }

  public int line() {
    return start.line();
  }
}
