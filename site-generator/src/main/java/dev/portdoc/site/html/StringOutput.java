package dev.portdoc.site.html;

/** HTML kept as a string, for callers that keep the site in memory (and tests). */
final class StringOutput extends HtmlOutput {

  private final StringBuilder text;

  StringOutput(int capacity) {
    text = new StringBuilder(capacity);
  }

  @Override
  void markup(String markup) {
    text.append(markup);
  }

  @Override
  void markup(String markup, int from, int to) {
    text.append(markup, from, to);
  }

  @Override
  void markup(char[] markup, int from, int to) {
    text.append(markup, from, to - from);
  }

  @Override
  void markup(char markup) {
    text.append(markup);
  }

  @Override
  void text(String text) {
    HtmlParts.escape(this.text, text);
  }

  /** The text written so far. */
  @Override
  public String toString() {
    return text.toString();
  }
}
