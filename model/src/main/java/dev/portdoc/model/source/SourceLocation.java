package dev.portdoc.model.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: the file as the user named it, a 1-based line and a 1-based column
 * (counted in UTF-16 code units, as editors and SARIF do).
 */
public record SourceLocation(String file, int line, int column)
    implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::file)
          .thenComparingInt(SourceLocation::line)
          .thenComparingInt(SourceLocation::column);

  public SourceLocation {
    Objects.requireNonNull(file, "file must not be null");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column must be 1 or more, was " + column);
    }
  }

  /** The location {@code offset} columns to the right on the same line. */
  public SourceLocation plusColumns(int offset) {
    return new SourceLocation(file, line, column + offset);
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
