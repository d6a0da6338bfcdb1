package dev.portdoc.site.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.unbescape.html.HtmlEscape;

/**
 * HTML encoded to UTF-8 as it is written, into a growable byte array: the bytes are those of {@code
 * String.getBytes(UTF_8)} of everything written, joined (a lone surrogate becomes {@code ?}, a
 * surrogate pair split across two writes is still one character).
 *
 * <p>Why not a {@code StringBuilder} and {@code getBytes} at the end: one character beyond Latin-1
 * (the arrows of a diagram's titles) turns a builder into two bytes a character, and from then on
 * every append widens its text, the final string is copied, and the encoder takes its slow path,
 * over tens of megabytes in a large build. Here ASCII, nearly all of a page, costs one copy and one
 * scan: the code runs compiled by C1 only, where a loop over a string's characters costs several
 * times a loop over a byte array, so a longer string is copied as bytes first (see {@link #latin1})
 * and its bytes scanned.
 */
final class Utf8Output extends HtmlOutput {

  /** Strings shorter than this are encoded a character at a time; longer ones as bytes. */
  private static final int SHORT = 16;

  private byte[] bytes;
  private int size;

  /** A high surrogate written last, waiting for the low one that may follow; 0 for none. */
  private char high;

  Utf8Output(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** The bytes written so far. */
  int size() {
    endCharacter();
    return size;
  }

  /** A copy of the bytes written so far. */
  byte[] toByteArray() {
    endCharacter();
    return Arrays.copyOf(bytes, size);
  }

  /** Writes bytes {@code from} to {@code to} of this output to {@code out}. */
  void writeTo(OutputStream out, int from, int to) throws IOException {
    endCharacter();
    out.write(bytes, from, to - from);
  }

  @Override
  void markup(String text) {
    int n = text.length();
    if (n < SHORT || high != 0) {
      markup(text, 0, n);
      return;
    }
    byte[] latin1 = latin1(text);
    int ascii = 0;
    while (ascii < n && latin1[ascii] >= 0 && latin1[ascii] != '?') {
      ascii++;
    }
    ensure(ascii);
    System.arraycopy(latin1, 0, bytes, size, ascii);
    size += ascii;
    // from the first character that may not be ASCII on, a character at a time
    markup(text, ascii, n);
  }

  /**
   * Markup known to be ASCII (the literal tags of {@link HtmlParts}): copied without a look at its
   * characters. Tests run with assertions on, which check that it is.
   */
  @Override
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) is exact for ASCII
  void ascii(String text) {
    assert text.chars().allMatch(c -> c < 0x80) : text;
    endCharacter();
    int n = text.length();
    ensure(n);
    text.getBytes(0, n, bytes, size);
    size += n;
  }

  /**
   * The text's characters as bytes, each character beyond Latin-1 as {@code ?}: a plain copy of a
   * string of Latin-1 characters, which is how the JDK keeps such a string. Every byte that is not
   * {@code ?} is the character at its index. So a string whose bytes hold neither {@code ?} nor a
   * byte beyond ASCII is ASCII.
   */
  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  void markup(String text, int from, int to) {
    if (to - from >= SHORT) {
      // a loop over an array costs less than one over the string's characters
      char[] chars = new char[to - from];
      text.getChars(from, to, chars, 0);
      markup(chars, 0, chars.length);
      return;
    }
    for (int i = from; i < to; i++) {
      markup(text.charAt(i));
    }
  }

  @Override
  void markup(char[] text, int from, int to) {
    int i = from;
    while (i < to) {
      // a pending high surrogate pairs with the next character or is malformed
      while (high != 0 && i < to) {
        encode(text[i++]);
      }
      ensure(to - i);
      byte[] b = bytes;
      int p = size;
      // ASCII: a byte a character, until the next other character
      for (; i < to; i++) {
        char c = text[i];
        if (c >= 0x80) {
          break;
        }
        b[p++] = (byte) c;
      }
      size = p;
      if (i < to) {
        encode(text[i++]);
      }
    }
  }

  @Override
  void markup(char c) {
    if (c < 0x80 && high == 0) {
      ensure(1);
      bytes[size++] = (byte) c;
    } else {
      encode(c);
    }
  }

  /**
   * Escaped text. Characters the escaper leaves alone (see {@link HtmlParts#needsNoEscape}) are
   * encoded in the same pass that looks for the others; text with any other character is given to
   * the escaper.
   */
  @Override
  void text(String text) {
    int n = text.length();
    if (high == 0 && n >= SHORT) {
      byte[] latin1 = latin1(text);
      int i = 0;
      for (; i < n; i++) {
        byte c = latin1[i];
        // a byte beyond ASCII is negative, so escaped by this test; '?' may stand for another
        if (HtmlParts.escapedAscii(c) || c == '?') {
          break;
        }
      }
      if (i == n) {
        ensure(n);
        System.arraycopy(latin1, 0, bytes, size, n);
        size += n;
        return;
      }
    } else if (high == 0) {
      ensure(n);
      byte[] b = bytes;
      int p = size;
      int i = 0;
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (c >= 0x80 || HtmlParts.escapedAscii(c)) {
          break;
        }
        b[p++] = (byte) c;
      }
      if (i == n) {
        size = p;
        return;
      }
    }
    char[] chars = text.toCharArray();
    if (HtmlParts.needsNoEscape(chars)) {
      markup(chars, 0, n);
    } else {
      markup(HtmlEscape.escapeHtml4Xml(text));
    }
  }

  @Override
  void number(int value) {
    if (value < 0 || high != 0) {
      super.number(value);
      return;
    }
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    ensure(digits);
    int p = size + digits;
    size = p;
    int v = value;
    do {
      bytes[--p] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
  }

  /** One character, as the JDK's encoder does it. */
  private void encode(char c) {
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        ensure(4);
        bytes[size++] = (byte) (0xf0 | (cp >> 18));
        bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        bytes[size++] = (byte) (0x80 | (cp & 0x3f));
        return;
      }
      put('?');
    }
    if (c < 0x80) {
      put(c);
    } else if (c < 0x800) {
      ensure(2);
      bytes[size++] = (byte) (0xc0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3f));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      put('?');
    } else {
      ensure(3);
      bytes[size++] = (byte) (0xe0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
      bytes[size++] = (byte) (0x80 | (c & 0x3f));
    }
  }

  /** A high surrogate with nothing after it is malformed: {@code ?}, as the JDK writes it. */
  private void endCharacter() {
    if (high != 0) {
      high = 0;
      put('?');
    }
  }

  private void put(char ascii) {
    ensure(1);
    bytes[size++] = (byte) ascii;
  }

  private void ensure(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
