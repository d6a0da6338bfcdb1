package dev.portdoc.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text rules both page readers share (flexmark's walk and the fast path), so that they give the
 * same model by construction: whitespace collapsing, heading ids, front-matter values, heading
 * paths.
 */
final class PlainText {

  private PlainText() {}

  /**
   * A front-matter value as a page's title or description: stripped, surrounding quotes dropped.
   */
  static Optional<String> scalar(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.strip();
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      value = value.substring(1, value.length() - 1);
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Without a Hugo or Kramdown heading id: what {@code \s*\{#[^{}\s]*}$} removes. Text that went
   * through {@link #collapse} can still end in U+0085, a line terminator {@code $} matches before.
   */
  static String withoutAnchor(String heading) {
    int end = heading.endsWith("\u0085") ? heading.length() - 1 : heading.length();
    if (end == 0 || heading.charAt(end - 1) != '}') {
      return heading;
    }
    int open = heading.lastIndexOf("{#", end - 1);
    if (open < 0) {
      return heading;
    }
    for (int i = open + 2; i < end - 1; i++) {
      char c = heading.charAt(i);
      if (c == '{' || c == '}' || isSpace(c)) {
        return heading;
      }
    }
    int cut = open;
    while (cut > 0 && isSpace(heading.charAt(cut - 1))) {
      cut--;
    }
    return heading.substring(0, cut) + heading.substring(end);
  }

  /**
   * The text a reader sees of collected inline text: runs of {@code \s} as one space, {@code " , "}
   * as {@code ", "}, stripped.
   */
  static String collapse(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString().replace(" , ", ", ").strip();
  }

  /**
   * True when {@link #collapse} gives {@code text} back: no space at either end, spaces only single
   * and as {@code ' '}, no {@code " , "}. A cheap test, so most cells need no copy.
   */
  static boolean isCollapsed(String text) {
    int n = text.length();
    if (n == 0 || Character.isWhitespace(text.charAt(0))) {
      return false;
    }
    if (Character.isWhitespace(text.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        char next = text.charAt(i + 1); // not the last character, checked above
        if (next == ' ' || next == ',' && i + 2 < n && text.charAt(i + 2) == ' ') {
          return false;
        }
      } else if (isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The heading texts in force, outermost first: {@code stack} holds one per level. */
  static List<String> headingPath(String[] stack) {
    List<String> pathTexts = new ArrayList<>();
    for (String text : stack) {
      if (text != null) {
        pathTexts.add(text);
      }
    }
    return pathTexts;
  }
}
