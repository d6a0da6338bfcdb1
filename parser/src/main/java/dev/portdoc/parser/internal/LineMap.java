package dev.portdoc.parser.internal;

import dev.portdoc.model.source.SourceLocation;
import java.util.Arrays;

/** Turns character offsets into 1-based line and column, computed once per file. */
final class LineMap {

  private final String file;
  private final int[] lineStarts;

  LineMap(String file, CharSequence text) {
    this.file = file;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  SourceLocation at(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new SourceLocation(file, line + 1, offset - lineStarts[line] + 1);
  }

  int lineStart(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return lineStarts[index >= 0 ? index : -index - 2];
  }
}
