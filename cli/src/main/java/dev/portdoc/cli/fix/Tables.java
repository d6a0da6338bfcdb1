package dev.portdoc.cli.fix;

import dev.portdoc.cli.fix.SourceFixer.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Re-aligns pipe tables whose padding an edit broke, when they were aligned before it. */
final class Tables {

  private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");

  private Tables() {}

  /**
   * For each table holding an edited line: when every row's pipes stood at the same columns before
   * the edits and no longer do after them, rewrites the table's remaining rows padded to common
   * column widths, keeping the delimiter row's alignment markers. Works in {@code after} in place.
   */
  static void realign(List<Line> before, List<Line> after, Set<Integer> edited) {
    int done = -1;
    for (int index : edited) {
      if (index <= done || !isRow(before.get(index))) {
        continue;
      }
      int first = index;
      while (first > 0 && isRow(before.get(first - 1))) {
        first--;
      }
      int last = index;
      while (last + 1 < before.size() && isRow(before.get(last + 1))) {
        last++;
      }
      done = last;
      realign(before, after, first, last);
    }
    // a deleted row changes no widths of the rows kept unless it was the widest: aligned tables
    // with a deleted row are then still aligned, only perhaps wider than needed, which is kept
  }

  private static void realign(List<Line> before, List<Line> after, int first, int last) {
    if (last - first < 1 || !isDelimiter(cells(before.get(first + 1).content()))) {
      return;
    }
    if (!aligned(before.subList(first, last + 1))) {
      return;
    }
    List<Line> kept = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (after.get(i) != null) {
        kept.add(after.get(i));
      }
    }
    if (aligned(kept)) {
      return;
    }
    List<String> delimiter = cells(after.get(first + 1).content());
    int columns = delimiter.size();
    int[] widths = new int[columns];
    java.util.Arrays.fill(widths, 3);
    for (Line line : kept) {
      List<String> cells = cells(line.content());
      if (cells.size() != columns) {
        return; // a ragged table is left as written
      }
      if (line == after.get(first + 1)) {
        continue;
      }
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], cells.get(c).strip().length());
      }
    }
    for (int i = first; i <= last; i++) {
      Line line = after.get(i);
      if (line == null) {
        continue;
      }
      String content = line.content();
      String indent = content.substring(0, content.indexOf('|'));
      List<String> cells = cells(content);
      StringBuilder row = new StringBuilder(indent).append('|');
      for (int c = 0; c < columns; c++) {
        String cell = cells.get(c).strip();
        String marker = delimiter.get(c).strip();
        boolean left = marker.startsWith(":");
        boolean right = marker.endsWith(":") && marker.length() > 1;
        if (i == first + 1) {
          row.append(' ')
              .append(left ? ':' : '-')
              .append("-".repeat(widths[c] - 2))
              .append(right ? ':' : '-')
              .append(" |");
        } else {
          int pad = widths[c] - cell.length();
          int before2 = right && left ? pad / 2 : right ? pad : 0;
          row.append(' ')
              .append(" ".repeat(before2))
              .append(cell)
              .append(" ".repeat(pad - before2))
              .append(" |");
        }
      }
      after.set(i, new Line(row.toString(), line.end()));
    }
  }

  /** A line of a pipe table: it starts with a pipe, after at most three spaces. */
  private static boolean isRow(Line line) {
    String content = line.content();
    int spaces = 0;
    while (spaces < content.length() && content.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces <= 3 && spaces < content.length() && content.charAt(spaces) == '|';
  }

  private static boolean isDelimiter(List<String> cells) {
    return !cells.isEmpty() && cells.stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches());
  }

  /** True when every line has its pipes at the same columns and ends at the same width. */
  private static boolean aligned(List<Line> lines) {
    List<Integer> pipes = null;
    for (Line line : lines) {
      List<Integer> these = pipes(line.content().stripTrailing());
      if (pipes != null && !pipes.equals(these)) {
        return false;
      }
      pipes = these;
    }
    return true;
  }

  private static List<Integer> pipes(String content) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '|' && (i == 0 || content.charAt(i - 1) != '\\')) {
        at.add(i);
      }
    }
    at.add(content.length());
    return at;
  }

  /** The cells between the leading pipe and the last pipe (or the line end), unstripped. */
  private static List<String> cells(String content) {
    String row = content.stripTrailing();
    List<Integer> pipes = pipes(row);
    List<String> cells = new ArrayList<>();
    int last = pipes.size() - 1; // the line end
    boolean trailingPipe = pipes.size() >= 2 && pipes.get(last - 1) == row.length() - 1;
    int end = trailingPipe ? last - 1 : last;
    for (int p = 0; p < end; p++) {
      cells.add(row.substring(pipes.get(p) + 1, pipes.get(p + 1)));
    }
    return cells;
  }
}
