package dev.portdoc.site.html;

import java.io.IOException;
import java.io.Writer;

/**
 * Where a page's HTML goes: the writer the template engine renders into, and what {@link HtmlParts}
 * writes its table bodies, diagrams and rows with. {@link Utf8Output} encodes to UTF-8 as it goes
 * (the files of a build); {@link StringOutput} keeps a string (the in-memory rendering, the
 * reference the files are held equal to).
 *
 * <p>A template inserts a part with {@code th:utext} of a placeholder ({@link #placeholder}): a
 * short string the engine writes as it is, which this writer hands to its {@link Parts} instead of
 * writing it. So the parts are written straight into the output, never held as strings of their
 * own.
 */
abstract class HtmlOutput extends Writer {

  /** Begins every placeholder: NUL, which the escaper turns into {@code &#0;} in any other text. */
  private static final char PLACEHOLDER = '\0';

  /** Writes the part a placeholder stands for. */
  @FunctionalInterface
  interface Parts {
    /** Writes the part {@code name} into {@code out}; false when there is no such part. */
    boolean insert(String name, HtmlOutput out) throws IOException;
  }

  private Parts parts = (name, out) -> false;

  /** The placeholder of the part {@code name} (see {@link Parts}). */
  static String placeholder(String name) {
    return PLACEHOLDER + name;
  }

  /** Gives the placeholders of the rendering that follows to {@code parts}. */
  final void parts(Parts parts) {
    this.parts = parts;
  }

  /** Text that is markup already (tags, escaped text): written as it is. */
  abstract void markup(String markup);

  /** Markup known to be ASCII. */
  void ascii(String markup) {
    markup(markup);
  }

  /** Characters {@code from} to {@code to} of {@code markup}. */
  abstract void markup(String markup, int from, int to);

  /** Characters {@code from} to {@code to} of {@code markup}. */
  abstract void markup(char[] markup, int from, int to);

  /** One character of markup. */
  abstract void markup(char markup);

  /** Text, escaped as the template engine escapes it (see {@link HtmlParts#escape}). */
  abstract void text(String text);

  /** A number in decimal. */
  void number(int value) {
    markup(Integer.toString(value));
  }

  /** An attribute as the template engine writes it: left out when null or empty. */
  final void attribute(String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    markup(' ');
    ascii(name);
    markup('=');
    markup('"');
    text(value);
    markup('"');
  }

  /** A numeric attribute. */
  final void attribute(String name, int value) {
    markup(' ');
    ascii(name);
    markup('=');
    markup('"');
    number(value);
    markup('"');
  }

  /** What the template engine writes: markup, or the placeholder of a part. */
  @Override
  public final void write(String text) throws IOException {
    if (text.length() > 1
        && text.charAt(0) == PLACEHOLDER
        && parts.insert(text.substring(1), this)) {
      return;
    }
    markup(text);
  }

  @Override
  public final void write(String text, int offset, int length) {
    markup(text, offset, offset + length);
  }

  @Override
  public final void write(char[] chars, int offset, int length) {
    markup(chars, offset, offset + length);
  }

  @Override
  public final void write(int c) {
    markup((char) c);
  }

  @Override
  public final Writer append(CharSequence chars) throws IOException {
    write(String.valueOf(chars));
    return this;
  }

  @Override
  public final Writer append(CharSequence chars, int start, int end) {
    markup(String.valueOf(chars), start, end);
    return this;
  }

  @Override
  public final Writer append(char c) {
    markup(c);
    return this;
  }

  @Override
  public final void flush() {}

  @Override
  public final void close() {}
}
