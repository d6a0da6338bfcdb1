package dev.portdoc.site.html;

import java.io.Writer;

/** A writer into a string builder of a given capacity, without {@code StringWriter}'s locking. */
final class StringBuilderWriter extends Writer {

  private final StringBuilder text;

  StringBuilderWriter(int capacity) {
    text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string) {
    text.append(string);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public Writer append(CharSequence chars, int start, int end) {
    text.append(chars, start, end);
    return this;
  }

  @Override
  public Writer append(char c) {
    text.append(c);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
