package dev.portdoc.validation;

import java.util.Locale;

/** Normal forms of cell text, so that case, padding and markup do not hide equal values. */
final class CellText {

  private CellText() {}

  /**
   * Lower case, one space between words, no surrounding space: {@code
   * SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT)} with {@code \s+} for
   * SPACE, as a scanner (the duplicate checks call it for every cell).
   */
  static String normalise(String text) {
    String s = text.strip();
    int n = s.length();
    // one pass for ASCII text: the copy starts at the first character that changes, so text that
    // is already lower case with single spaces is returned as it is
    char[] out = null;
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return beyondAscii(s);
      }
      boolean space = ProseScanner.isSpace(c);
      // strip() leaves no space at 0, so i - 1 exists before a space
      boolean dropped = space && ProseScanner.isSpace(s.charAt(i - 1));
      char kept = space ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      if (out == null) {
        if (!dropped && kept == c) {
          continue;
        }
        out = new char[n];
        s.getChars(0, i, out, 0);
        length = i;
      }
      if (!dropped) {
        out[length++] = kept;
      }
    }
    return out == null ? s : new String(out, 0, length);
  }

  /** {@link #normalise} of stripped text with a character beyond ASCII. */
  private static String beyondAscii(String s) {
    int n = s.length();
    char[] out = new char[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (ProseScanner.isSpace(c)) {
        if (!ProseScanner.isSpace(s.charAt(i - 1))) {
          out[length++] = ' ';
        }
      } else {
        out[length++] = c;
      }
    }
    // beyond ASCII, lower case depends on context (a final sigma), so the whole string decides
    return new String(out, 0, length).toLowerCase(Locale.ROOT);
  }
}
