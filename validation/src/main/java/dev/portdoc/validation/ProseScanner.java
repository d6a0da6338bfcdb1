package dev.portdoc.validation;

/**
 * Hand-written scanners for the spelling check's patterns (they were its hottest code as regular
 * expressions). Each method documents the pattern it replaces; tests hold them equal on many
 * generated strings.
 */
final class ProseScanner {

  private ProseScanner() {}

  /** True for the characters of {@code \s} (ASCII whitespace, as {@code \S+} splits chunks). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The end of the chunk ({@code \S+}) starting at {@code start}, which must not be a space. */
  static int chunkEnd(String text, int start) {
    int i = start;
    while (i < text.length() && !isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * True when a chunk is no prose: what {@code
   * ://|^www\.|[@\\_=${}<>|#]|[\p{L}\p{N}]\.[\p{L}\p{N}]|^[/~]|^\.\.?/|/.*}{@code /} finds in it (a
   * URL, path, e-mail address, markup or dotted name).
   */
  static boolean isNotProse(String chunk) {
    return isNotProse(chunk, 0, chunk.length());
  }

  /** {@link #isNotProse(String)} of the chunk {@code text[from, to)}, bounded by spaces or ends. */
  static boolean isNotProse(String text, int from, int to) {
    if (from == to) {
      return false;
    }
    // a prefix holds no space, so where it matches it lies inside the chunk
    char first = text.charAt(from);
    if (first == '/'
        || first == '~'
        || text.startsWith("www.", from)
        || text.startsWith("./", from)
        || text.startsWith("../", from)) {
      return true;
    }
    boolean slash = false; // a '/' earlier on this line, for /.*/
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '@', '\\', '_', '=', '$', '{', '}', '<', '>', '|', '#' -> {
          return true;
        }
        case '/' -> {
          if (slash) {
            return true;
          }
          slash = true;
        }
        case ':' -> {
          if (text.startsWith("//", i + 1)) {
            return true;
          }
        }
        case '.' -> {
          if (i > from
              && i + 1 < to
              && isLetterOrNumber(Character.codePointBefore(text, i))
              && isLetterOrNumber(Character.codePointAt(text, i + 1))) {
            return true;
          }
        }
        case '\n', '\r', '\u0085', '\u2028', '\u2029' -> slash = false; // '.' stops at these
        default -> {}
      }
    }
    return false;
  }

  /**
   * The chunk starting at {@code start} (not a space) in one pass: its end ({@link #chunkEnd}) when
   * it is prose, else {@code -end - 1} ({@link #isNotProse(String)} true).
   */
  static int proseChunk(String text, int start) {
    int n = text.length();
    // a prefix holds no space, so where it matches it lies inside the chunk
    char first = text.charAt(start);
    boolean notProse =
        first == '/'
            || first == '~'
            || text.startsWith("www.", start)
            || text.startsWith("./", start)
            || text.startsWith("../", start);
    boolean slash = false; // a '/' earlier on this line, for /.*/
    int i = start;
    for (; i < n && !notProse; i++) {
      char c = text.charAt(i);
      if (c <= ' ' && isSpace(c)) {
        break;
      }
      switch (c) {
        case '@', '\\', '_', '=', '$', '{', '}', '<', '>', '|', '#' -> notProse = true;
        case '/' -> {
          notProse = slash;
          slash = true;
        }
        case ':' -> notProse = text.startsWith("//", i + 1);
        case '.' ->
            // the next character is no space when it is a letter or number
            notProse =
                i > start
                    && i + 1 < n
                    && isLetterOrNumber(Character.codePointBefore(text, i))
                    && isLetterOrNumber(text.codePointAt(i + 1));
        case '\u0085', '\u2028', '\u2029' -> slash = false; // '.' stops at these (and \n, \r)
        default -> {}
      }
    }
    if (!notProse) {
      return i;
    }
    return -chunkEnd(text, i) - 1;
  }

  /**
   * The end of the word starting at {@code start} of {@code text}, or -1 when none starts there:
   * the match of {@code [\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+(?:['’][\p{L}]+)?)*} at
   * {@code start}, looking no further than {@code end}. Every part is optional after the first run,
   * so the greedy match is the regex's.
   */
  static int wordEnd(String text, int start, int end) {
    int i = run(text, start, end, true);
    if (i == start) {
      return -1;
    }
    i = apostrophe(text, i, end);
    while (i < end && text.charAt(i) == '-') {
      int next = run(text, i + 1, end, true);
      if (next == i + 1) {
        break;
      }
      i = apostrophe(text, next, end);
    }
    return i;
  }

  /** After an optional {@code ['’]\p{L}+} at {@code at}. */
  private static int apostrophe(String text, int at, int end) {
    if (at < end && (text.charAt(at) == '\'' || text.charAt(at) == '’')) {
      int next = run(text, at + 1, end, false);
      if (next > at + 1) {
        return next;
      }
    }
    return at;
  }

  /** Hands {@code sink} each run of letters and numbers of {@code text}: {@code [\p{L}\p{N}]+}. */
  static void forEachRun(String text, java.util.function.Consumer<String> sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = run(text, i, n, true);
      if (end == i) {
        i += Character.charCount(text.codePointAt(i));
      } else {
        sink.accept(text.substring(i, end));
        i = end;
      }
    }
  }

  /** The end of the longest run of letters (and numbers when {@code numbers}) from {@code at}. */
  private static int run(String text, int at, int end, boolean numbers) {
    int i = at;
    while (i < end) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        if (!((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z' || numbers && ch >= '0' && ch <= '9')) {
          break;
        }
        i++;
        continue;
      }
      int c = text.codePointAt(i);
      if (!(numbers ? isLetterOrNumber(c) : Character.isLetter(c))) {
        break;
      }
      int next = i + Character.charCount(c);
      if (next > end) {
        break;
      }
      i = next;
    }
    return i;
  }

  /**
   * {@code [\p{L}\p{N}]}: a letter, or a number of any kind (digits, Roman numerals, fractions).
   */
  static boolean isLetterOrNumber(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
