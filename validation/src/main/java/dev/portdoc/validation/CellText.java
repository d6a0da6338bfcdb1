package dev.portdoc.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of cell text, so that case, padding and markup do not hide equal values. */
final class CellText {

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private CellText() {}

  /** Lower case, one space between words, no surrounding space. */
  static String normalise(String text) {
    return SPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
