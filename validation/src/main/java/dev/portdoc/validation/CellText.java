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
    boolean ascii = true;
    boolean plain = true; // already lower case ASCII with single spaces
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        plain = false;
      } else if (c >= 'A' && c <= 'Z'
          || ProseScanner.isSpace(c) && (c != ' ' || ProseScanner.isSpace(s.charAt(i + 1)))) {
        // strip() leaves no space at the end, so i + 1 exists after a space
        plain = false;
      }
    }
    if (plain) {
      return s;
    }
    char[] out = new char[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (ProseScanner.isSpace(c)) {
        if (!ProseScanner.isSpace(s.charAt(i - 1))) { // strip() left no space at 0
          out[length++] = ' ';
        }
      } else {
        out[length++] = ascii && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
    }
    String collapsed = new String(out, 0, length);
    // beyond ASCII, lower case depends on context (a final sigma), so the whole string decides
    return ascii ? collapsed : collapsed.toLowerCase(Locale.ROOT);
  }
}
