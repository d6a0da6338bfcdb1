package dev.portdoc.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares an MDX or Markdown page for a CommonMark parser without moving any character.
 *
 * <p>Lines that are MDX, JSX or site-generator syntax rather than Markdown are overwritten with
 * spaces: {@code import}/{@code export} lines, lines made only of tags ({@code <TabItem
 * value="x">}, {@code </details>}), {@code <summary>} lines, admonition fences ({@code :::info}),
 * JSX comments, Hugo shortcode lines ({@code {{< warning >}}}) and Kramdown attribute lines ({@code
 * {: caption="..."}}). Left alone, CommonMark would take a table right below a {@code <TabItem>}
 * line for part of an HTML block. Spaces keep every offset, so every line and column the parser
 * reports is the page's own. Fenced code is left as it is.
 *
 * <p>The same pass records which tab each line sits in ({@code <TabItem label="...">}, Gatsby's
 * {@code <Tabs.TabPane tab="...">}).
 */
final class PageMask {

  private static final Pattern TAGS_ONLY =
      Pattern.compile("(?:\\s*</?[A-Za-z][\\w.:-]*(?:\\s[^<>]*)?/?>)+\\s*");
  private static final Pattern ONE_LINE_ELEMENT =
      Pattern.compile("\\s*<(summary|figcaption|caption)\\b[^>]*>.*</\\1>\\s*");
  private static final Pattern TAB_OPEN = Pattern.compile("<(TabItem|Tabs\\.TabPane)\\b([^>]*)>");
  private static final Pattern TAB_CLOSE = Pattern.compile("</(TabItem|Tabs\\.TabPane)\\s*>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "\\b(label|tab|value)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*\"([^\"]*)\"\\s*\\})");
  private static final Pattern ESM =
      Pattern.compile(
          "(?:import\\s.*\\bfrom\\s*['\"].*|import\\s*['\"].*|export\\s+(?:const|let|var|default|function|\\{).*)");

  private final String content;
  private final String[] tabOfLine;
  private final boolean[] fencedLine;

  /** Where each line ends: its line feed, or the end of the page for the last line. */
  private final int[] lineEnds;

  /** The page with lines blanked; null while no character has been: the text is the page. */
  private char[] masked;

  private PageMask(
      String content, char[] masked, String[] tabOfLine, boolean[] fencedLine, int[] lineEnds) {
    this.content = content;
    this.lineEnds = lineEnds;
    this.masked = masked;
    this.tabOfLine = tabOfLine;
    this.fencedLine = fencedLine;
  }

  /** Masks {@code content}. */
  static PageMask of(String content) {
    // the copy is made when a first line is blanked (most pages have none); tabs and fences are
    // kept per line only from the first line that is in one
    char[] text = null;
    String[] tabs = null;
    boolean[] fenced = null;
    List<String> tabStack = new ArrayList<>();
    int lineStart = 0;
    String fence = null;
    boolean inJsxComment = false;
    boolean inFrontMatter = content.startsWith("---");
    String tab = null; // the tab stack as one label, joined once per change
    int lineNumber = 0;
    int[] ends = new int[64];
    while (lineStart <= content.length()) {
      int lineEnd = content.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = content.length();
      }
      if (lineNumber == ends.length) {
        ends = Arrays.copyOf(ends, lineNumber * 2);
      }
      ends[lineNumber] = lineEnd;
      if (tab != null) {
        tabs = grown(tabs, lineNumber);
        tabs[lineNumber] = tab;
      }
      if (fence != null) {
        fenced = grown(fenced, lineNumber);
        fenced[lineNumber] = true;
      }
      if (!inFrontMatter && !inJsxComment && !mayMatter(content, lineStart, lineEnd, fence)) {
        // most lines: prose, table rows, code; nothing below applies, so no copy is made
        lineStart = lineEnd + 1;
        lineNumber++;
        continue;
      }
      String stripped = content.substring(lineStart, lineEnd).strip();
      if (inFrontMatter) {
        if (lineNumber > 0 && (stripped.equals("---") || stripped.equals("..."))) {
          inFrontMatter = false;
        }
      } else if (fence != null) {
        if (stripped.startsWith(fence) && fenceLength(stripped) == stripped.length()) {
          fence = null;
        }
      } else if (inJsxComment) {
        text = blank(text, content, lineStart, lineEnd);
        inJsxComment = !stripped.endsWith("*/}");
      } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fence = stripped.substring(0, fenceLength(stripped));
      } else if (stripped.startsWith("{/*")) {
        text = blank(text, content, lineStart, lineEnd);
        inJsxComment = !stripped.endsWith("*/}");
      } else if (isForeignLine(stripped)) {
        trackTabs(stripped, tabStack);
        tab = tabStack.isEmpty() ? null : String.join(" / ", tabStack);
        text = blank(text, content, lineStart, lineEnd);
      }
      lineStart = lineEnd + 1;
      lineNumber++;
    }
    return new PageMask(
        content,
        text,
        tabs == null ? new String[0] : tabs,
        fenced == null ? new boolean[0] : fenced,
        Arrays.copyOf(ends, lineNumber));
  }

  /**
   * The mask of a page whose bytes showed no line {@link #of} could blank ({@link
   * PageFacts#mayHaveForeignLine} false) and gave its line ends: the page itself, in no tab.
   */
  static PageMask unmasked(String content, int[] lineEnds) {
    return new PageMask(content, null, new String[0], new boolean[0], lineEnds);
  }

  /** {@code lines} with room for index {@code line}. */
  private static String[] grown(String[] lines, int line) {
    if (lines == null) {
      return new String[Math.max(16, line * 2)];
    }
    return line < lines.length ? lines : Arrays.copyOf(lines, line * 2);
  }

  private static boolean[] grown(boolean[] lines, int line) {
    if (lines == null) {
      return new boolean[Math.max(16, line * 2)];
    }
    return line < lines.length ? lines : Arrays.copyOf(lines, line * 2);
  }

  /**
   * False when the line's first non-blank character can start none of the lines this mask acts on
   * (outside front matter and JSX comments): no fence, JSX comment, tag, admonition, shortcode,
   * attribute list, {@code import} or {@code export}, nor the close of the open fence.
   */
  private static boolean mayMatter(String content, int from, int to, String fence) {
    int i = from;
    while (i < to && Character.isWhitespace(content.charAt(i))) {
      i++;
    }
    if (i == to) {
      return false; // blank: strips to "", which nothing below matches
    }
    char c = content.charAt(i);
    if (fence != null) {
      return c == fence.charAt(0);
    }
    return c == '`'
        || c == '~'
        || c == '{'
        || c == '<'
        || c == ':'
        // prose starts with "in" and "each" often: only an import or export line can matter
        || c == 'i' && content.startsWith("import", i)
        || c == 'e' && content.startsWith("export", i);
  }

  private static boolean isForeignLine(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    if (first == '<') {
      return TAGS_ONLY.matcher(line).matches() || ONE_LINE_ELEMENT.matcher(line).matches();
    }
    if (first == ':') {
      return line.startsWith(":::");
    }
    if (first == '{') {
      return line.startsWith("{{<") && line.endsWith(">}}")
          || line.startsWith("{{%") && line.endsWith("%}}")
          || line.startsWith("{:") && line.endsWith("}");
    }
    if (line.startsWith("import") || line.startsWith("export")) {
      return ESM.matcher(line).matches();
    }
    return false;
  }

  private static void trackTabs(String line, List<String> stack) {
    Matcher close = TAB_CLOSE.matcher(line);
    Matcher open = TAB_OPEN.matcher(line);
    int position = 0;
    while (true) {
      boolean hasOpen = open.find(position);
      int openAt = hasOpen ? open.start() : Integer.MAX_VALUE;
      boolean hasClose = close.find(position);
      int closeAt = hasClose ? close.start() : Integer.MAX_VALUE;
      if (!hasOpen && !hasClose) {
        return;
      }
      if (openAt < closeAt) {
        stack.add(label(open.group(2)));
        position = open.end();
      } else {
        if (!stack.isEmpty()) {
          stack.remove(stack.size() - 1);
        }
        position = close.end();
      }
    }
  }

  /** {@code label} wins over {@code tab}, which wins over {@code value}. */
  private static String label(String attributes) {
    String label = null;
    int rank = Integer.MAX_VALUE;
    Matcher attribute = ATTRIBUTE.matcher(attributes);
    while (attribute.find()) {
      String name = attribute.group(1);
      int nameRank = name.equals("label") ? 0 : name.equals("tab") ? 1 : 2;
      String value =
          attribute.group(2) != null
              ? attribute.group(2)
              : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
      if (nameRank < rank && !value.isBlank()) {
        label = value.strip();
        rank = nameRank;
      }
    }
    return label == null ? "tab" : label;
  }

  private static int fenceLength(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == line.charAt(0)) {
      i++;
    }
    return i;
  }

  /** {@code text} (a copy of {@code content} when null) with {@code [from, to)} blanked. */
  private static char[] blank(char[] text, String content, int from, int to) {
    char[] masked = text == null ? content.toCharArray() : text;
    for (int i = Math.max(0, from); i < Math.min(to, masked.length); i++) {
      if (masked[i] != '\n' && masked[i] != '\r') {
        masked[i] = ' ';
      }
    }
    return masked;
  }

  /** Blanks {@code [from, to)} as well (an HTML table read on its own). */
  void blank(int from, int to) {
    masked = blank(masked, content, from, to);
  }

  /**
   * The ends of the page's lines (at a line feed, or the page's end for the last), in order: the
   * readers need not search for them again.
   */
  int[] lineEnds() {
    return lineEnds;
  }

  /** True when the 1-based {@code line} is inside fenced code. */
  boolean inFence(int line) {
    return line >= 1 && line <= fencedLine.length && fencedLine[line - 1];
  }

  /** The page with foreign lines blanked; as long as the page. */
  String text() {
    return masked != null ? new String(masked) : content;
  }

  /** The tab label the 1-based {@code line} sits in ({@code outer / inner} when nested). */
  String tabAt(int line) {
    return line >= 1 && line <= tabOfLine.length ? tabOfLine[line - 1] : null;
  }
}
