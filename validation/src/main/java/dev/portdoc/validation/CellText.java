package dev.portdoc.validation;

import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normal forms of cell text, so that case, padding and markup do not hide equal values. */
final class CellText {

  private CellText() {}

  /** The normal forms of one page's cells: by table, row and cell, as the page holds them. */
  private record PageCells(Document document, List<List<List<String>>> tables) {}

  // duplicate-row and repeated-row compare the same rows one after the other on one thread (the
  // linter runs a page's checks in turn): the second takes the first's normal forms. One page a
  // thread is kept.
  private static final ThreadLocal<PageCells> LAST_PAGE = new ThreadLocal<>();

  /**
   * The {@link #normalise normal form} of every cell of {@code document}'s tables: by table, row
   * and cell.
   */
  static List<List<List<String>>> normalisedCells(Document document) {
    PageCells last = LAST_PAGE.get();
    if (last != null && last.document() == document) {
      return last.tables();
    }
    List<List<List<String>>> tables = new ArrayList<>(document.tables().size());
    for (PortTable table : document.tables()) {
      List<List<String>> rows = new ArrayList<>(table.rows().size());
      for (TableRow row : table.rows()) {
        String[] cells = new String[row.cells().size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = normalise(row.cells().get(i).text());
        }
        rows.add(List.of(cells));
      }
      tables.add(rows);
    }
    LAST_PAGE.set(new PageCells(document, tables));
    return tables;
  }

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
