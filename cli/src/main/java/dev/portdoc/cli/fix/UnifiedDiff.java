package dev.portdoc.cli.fix;

import dev.portdoc.cli.fix.SourceFixer.Line;
import dev.portdoc.cli.fix.SourceFixer.Result;
import java.util.List;

/**
 * The unified diff ({@code diff -u}, three lines of context) of a fix. A fix only rewrites or
 * deletes lines, so the diff follows from its line-by-line result without a search.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff of {@code result} for the file {@code path}; empty when nothing changed. */
  public static String of(String path, Result result) {
    List<Line> before = result.before();
    List<Line> after = result.after();
    int n = before.size();
    StringBuilder out = new StringBuilder();
    int i = 0;
    int shift = 0; // new line number minus old line number before line i
    while (i < n) {
      if (same(before, after, i)) {
        i++;
        continue;
      }
      // a hunk: from CONTEXT lines before this change to CONTEXT unchanged lines after the last
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int unchanged = 0;
      while (end < n && unchanged < 2 * CONTEXT + 1) {
        unchanged = same(before, after, end) ? unchanged + 1 : 0;
        end++;
      }
      int stop = end - Math.max(0, unchanged - CONTEXT); // exclusive
      int shiftAtStart = shift;
      StringBuilder body = new StringBuilder();
      int oldCount = 0;
      int newCount = 0;
      for (int k = start; k < stop; k++) {
        Line old = before.get(k);
        Line now = after.get(k);
        if (same(before, after, k)) {
          body.append(' ').append(show(old));
          oldCount++;
          newCount++;
        } else {
          body.append('-').append(show(old));
          oldCount++;
          if (now != null) {
            body.append('+').append(show(now));
            newCount++;
          } else {
            shift--;
          }
        }
      }
      if (out.length() == 0) {
        out.append("--- a/").append(strip(path)).append('\n');
        out.append("+++ b/").append(strip(path)).append('\n');
      }
      int newStart = start + 1 + shiftAtStart;
      out.append("@@ -")
          .append(range(start + 1, oldCount))
          .append(" +")
          .append(range(newCount == 0 ? newStart - 1 : newStart, newCount))
          .append(" @@\n")
          .append(body);
      i = stop;
    }
    return out.toString();
  }

  /** {@code a/} and {@code b/} go before a relative path, as git writes them. */
  private static String strip(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static boolean same(List<Line> before, List<Line> after, int i) {
    return before.get(i).equals(after.get(i));
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  /** A line as diff shows it: its text, and a marker when the file ends without a newline. */
  private static String show(Line line) {
    return line.end().isEmpty()
        ? line.content() + "\n\\ No newline at end of file\n"
        : line.content() + "\n";
  }
}
