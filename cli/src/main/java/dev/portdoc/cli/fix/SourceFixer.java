package dev.portdoc.cli.fix;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Edit;
import dev.portdoc.model.diagnostic.Fix;
import dev.portdoc.model.diagnostic.LineDeletion;
import dev.portdoc.model.diagnostic.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Applies the fixes of findings to a page's text, changing nothing else: line ends, padding and
 * every untouched byte stay as they were. A table that was aligned (padded to common column widths)
 * before an edit changed a cell's width is re-aligned; an unaligned one keeps its rows as written.
 * A pure function, text in and text out.
 */
public final class SourceFixer {

  private SourceFixer() {}

  /** One source line: its text and its line end ({@code \n}, {@code \r\n}, {@code \r} or none). */
  public record Line(String content, String end) {

    String text() {
      return content + end;
    }
  }

  /**
   * The outcome of fixing one text.
   *
   * @param before the original lines
   * @param after for each original line its new form, or null when the fix deleted it
   * @param fixed how many findings' fixes were applied
   */
  public record Result(List<Line> before, List<Line> after, int fixed) {

    public Result {
      before = List.copyOf(before);
      after = java.util.Collections.unmodifiableList(new ArrayList<>(after));
    }

    /** The fixed text. */
    public String text() {
      StringBuilder out = new StringBuilder();
      for (Line line : after) {
        if (line != null) {
          out.append(line.text());
        }
      }
      return out.toString();
    }

    /** True when the fixed text differs from the original. */
    public boolean changed() {
      for (int i = 0; i < before.size(); i++) {
        if (!before.get(i).equals(after.get(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Applies the fixes of {@code findings} to {@code text}. A fix whose edits fall outside the text,
   * span a line end or overlap an edit already taken (findings are taken in order) is skipped
   * whole.
   */
  public static Result apply(String text, List<Diagnostic> findings) {
    List<Line> lines = split(text);
    List<Range> taken = new ArrayList<>();
    int fixed = 0;
    for (Diagnostic finding : findings) {
      Optional<Fix> fix = finding.fix();
      if (fix.isEmpty()) {
        continue;
      }
      List<Range> ranges = new ArrayList<>();
      boolean valid = true;
      for (Edit edit : fix.get().edits()) {
        Optional<Range> range = range(edit, lines);
        if (range.isEmpty()
            || overlapsAny(range.get(), taken)
            || overlapsAny(range.get(), ranges)) {
          valid = false;
          break;
        }
        ranges.add(range.get());
      }
      if (valid) {
        taken.addAll(ranges);
        fixed++;
      }
    }

    List<Line> after = new ArrayList<>(lines);
    Map<Integer, List<Range>> byLine = new HashMap<>();
    for (Range range : taken) {
      byLine.computeIfAbsent(range.line, k -> new ArrayList<>()).add(range);
    }
    TreeSet<Integer> edited = new TreeSet<>();
    for (Map.Entry<Integer, List<Range>> entry : byLine.entrySet()) {
      int index = entry.getKey();
      Line line = lines.get(index);
      List<Range> ranges = new ArrayList<>(entry.getValue());
      if (ranges.stream().anyMatch(r -> r.deletesLine)) {
        after.set(index, null);
        continue;
      }
      // bottom to top within the line: earlier offsets stay valid
      ranges.sort((a, b) -> Integer.compare(b.start, a.start));
      StringBuilder content = new StringBuilder(line.content());
      for (Range r : ranges) {
        content.replace(r.start, r.end, r.replacement);
      }
      after.set(index, new Line(content.toString(), line.end()));
      edited.add(index);
    }
    Tables.realign(lines, after, edited);
    return new Result(lines, after, fixed);
  }

  /** The lines of {@code text}, each with its own line end, so joining them gives it back. */
  public static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int endLength = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        lines.add(new Line(text.substring(start, i), text.substring(i, i + endLength)));
        i += endLength;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(new Line(text.substring(start), ""));
    }
    return lines;
  }

  /** A change on one line (0-based index), in that line's content offsets. */
  private record Range(int line, int start, int end, String replacement, boolean deletesLine) {

    boolean overlaps(Range other) {
      if (line != other.line) {
        return false;
      }
      if (deletesLine || other.deletesLine) {
        return true;
      }
      // two insertions at one point, or an insertion inside a replaced stretch, also conflict
      return start < other.end && other.start < end
          || start == other.start
          || start == end && other.start < start && start < other.end
          || other.start == other.end && start < other.start && other.start < end;
    }
  }

  private static boolean overlapsAny(Range range, List<Range> others) {
    return others.stream().anyMatch(range::overlaps);
  }

  private static Optional<Range> range(Edit edit, List<Line> lines) {
    int index = edit.start().line() - 1;
    if (index >= lines.size()) {
      return Optional.empty();
    }
    if (edit instanceof LineDeletion) {
      return Optional.of(new Range(index, 0, 0, "", true));
    }
    TextEdit text = (TextEdit) edit;
    int start = text.start().column() - 1;
    int end = start + text.length();
    return end <= lines.get(index).content().length()
        ? Optional.of(new Range(index, start, end, text.replacement(), false))
        : Optional.empty();
  }
}
