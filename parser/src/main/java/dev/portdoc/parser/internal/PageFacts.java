package dev.portdoc.parser.internal;

import java.util.Arrays;

/**
 * What one pass over a page's UTF-8 bytes tells about its text, so that the readers' full scans for
 * rare things (a NUL, a CR, an HTML tag, a directive, deep nesting, thousands of cells) run only on
 * the pages that can hold them. Each answer is safe: {@code false} (or a small count) means the
 * text certainly lacks the thing; {@code true} means it may hold it. The byte loop is the one full
 * pass a plain page costs: under C1, every {@link String#indexOf} is a loop of its own.
 *
 * @param ascii every byte is ASCII: the text is the bytes, one character each
 * @param plain ASCII without control characters other than line feed and tab
 * @param mayHaveNul a NUL byte occurs
 * @param mayHaveTab a tab occurs
 * @param mayHaveLessThan a {@code <} occurs (an HTML tag or comment may)
 * @param mayHaveDirective {@code portdoc-} occurs (a suppression directive may)
 * @param longestMarkerPrefix the most characters a line starts with that could open block quotes
 *     and list items (spaces, tabs, {@code >-*+.)} and digits); {@link Integer#MAX_VALUE} when
 *     lines may end in CR, which this pass does not split at
 * @param mostPipesOnALine the most {@code |} on one line; {@link Integer#MAX_VALUE} when lines may
 *     end in CR
 * @param mayHaveForeignLine a line's first character after spaces and tabs is one of {@code <:{ie}:
 *     only then may {@link PageMask} blank a line (a tag, admonition, shortcode, JSX comment,
 *     {@code import} or {@code export} line)
 * @param asciiText when {@code ascii}, the bytes themselves (they are the text, one character
 *     each; never to be changed), else null
 * @param lineEnds when {@code ascii}, where each line of the text ends (its line feed, or the
 *     text's end for the last line), as {@link PageMask#lineEnds}; else null
 */
public record PageFacts(
    boolean ascii,
    boolean plain,
    boolean mayHaveNul,
    boolean mayHaveTab,
    boolean mayHaveLessThan,
    boolean mayHaveDirective,
    int longestMarkerPrefix,
    int mostPipesOnALine,
    boolean mayHaveForeignLine,
    byte[] asciiText,
    int[] lineEnds) {

  /** Facts that rule nothing out: for text that did not come through {@link #of}. */
  public static final PageFacts UNKNOWN =
      new PageFacts(
          false,
          false,
          true,
          true,
          true,
          true,
          Integer.MAX_VALUE,
          Integer.MAX_VALUE,
          true,
          null,
          null);

  private static final byte[] DIRECTIVE = {'p', 'o', 'r', 't', 'd', 'o', 'c'};

  /** What a byte is to the pass: most bytes (letters, digits, spaces) are {@link #OTHER}. */
  private static final byte OTHER = 0;

  private static final byte LINE_FEED = 1;
  private static final byte CONTROL = 2;
  private static final byte NON_ASCII = 3;
  private static final byte PIPE = 4;
  private static final byte LESS_THAN = 5;
  private static final byte DASH = 6;
  private static final byte TAB = 7;

  private static final byte[] KIND = new byte[256];

  /** Characters a run of block quote and list item markers is made of. */
  private static final boolean[] MARKER = new boolean[256];

  /** First characters (after spaces and tabs) of the lines {@link PageMask} may blank. */
  private static final boolean[] FOREIGN_START = new boolean[256];

  static {
    for (int b = 0; b < ' '; b++) {
      KIND[b] = CONTROL;
    }
    KIND['\t'] = TAB;
    KIND['\n'] = LINE_FEED;
    for (int b = 0x80; b < 0x100; b++) {
      KIND[b] = NON_ASCII;
    }
    KIND['|'] = PIPE;
    KIND['<'] = LESS_THAN;
    KIND['-'] = DASH;
    for (char c : " \t>-*+.)0123456789".toCharArray()) {
      MARKER[c] = true;
    }
    for (char c : "<:{ie".toCharArray()) {
      FOREIGN_START[c] = true;
    }
  }

  /** The facts of the text that {@code bytes} decode to as UTF-8, a byte order mark dropped. */
  public static PageFacts of(byte[] bytes) {
    boolean ascii = true;
    boolean controls = false;
    boolean nul = false;
    boolean tab = false;
    boolean cr = false;
    boolean lessThan = false;
    boolean directive = false;
    boolean foreign = false;
    int longestPrefix = 0;
    int mostPipes = 0;
    int n = bytes.length;
    int[] ends = new int[Math.max(16, n >> 5)];
    int lines = 0;
    // the text starts after a byte order mark: so does its first line
    int i =
        n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    ascii = i == 0; // the mark itself is not ASCII: the bytes are not the text then
    while (true) {
      // a line: first the run of characters that may open quotes and items (a tab the only one
      // of the kinds below among them), then the rest up to its line feed
      int lineStart = i;
      while (i < n && (bytes[i] == ' ' || bytes[i] == '\t')) {
        tab |= bytes[i] == '\t';
        i++;
      }
      foreign |= i < n && FOREIGN_START[bytes[i] & 0xFF];
      while (i < n && MARKER[bytes[i] & 0xFF]) {
        tab |= bytes[i] == '\t';
        i++;
      }
      if (i - lineStart > longestPrefix) {
        longestPrefix = i - lineStart;
      }
      int pipes = 0;
      for (; i < n; i++) {
        // most bytes are of no kind: a loop of its own skips them (no switch per byte)
        while (i < n && KIND[bytes[i] & 0xFF] == OTHER) {
          i++;
        }
        if (i >= n) {
          break;
        }
        byte kind = KIND[bytes[i] & 0xFF];
        if (kind == LINE_FEED) {
          break;
        }
        switch (kind) {
          case PIPE -> pipes++;
          case LESS_THAN -> lessThan = true;
          case DASH -> directive = directive || endsWithDirective(bytes, i);
          case NON_ASCII -> ascii = false;
          case TAB -> tab = true;
          default -> {
            controls = true;
            nul |= bytes[i] == 0;
            cr |= bytes[i] == '\r';
          }
        }
      }
      if (pipes > mostPipes) {
        mostPipes = pipes;
      }
      if (lines == ends.length) {
        ends = Arrays.copyOf(ends, lines * 2);
      }
      ends[lines++] = i; // a line feed, or the end
      if (i >= n) {
        break;
      }
      i++; // past the line feed
    }
    if (cr) {
      longestPrefix = Integer.MAX_VALUE;
      mostPipes = Integer.MAX_VALUE;
    }
    return new PageFacts(
        ascii,
        ascii && !controls,
        nul,
        tab,
        lessThan,
        directive,
        longestPrefix,
        mostPipes,
        foreign,
        ascii ? bytes : null,
        ascii ? Arrays.copyOf(ends, lines) : null);
  }

  /** True when {@code portdoc} ends right before {@code dash}. */
  private static boolean endsWithDirective(byte[] bytes, int dash) {
    int from = dash - DIRECTIVE.length;
    if (from < 0) {
      return false;
    }
    for (int k = 0; k < DIRECTIVE.length; k++) {
      if (bytes[from + k] != DIRECTIVE[k]) {
        return false;
      }
    }
    return true;
  }
}
