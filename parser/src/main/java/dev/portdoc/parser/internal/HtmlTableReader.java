package dev.portdoc.parser.internal;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Reads raw HTML {@code <table>} elements written in a Markdown page (Talos writes {@code
 * <table><thead><th>...}) with jsoup, keeping each cell's position in the page.
 */
final class HtmlTableReader {

  /**
   * One HTML table as read: header and body cells with their page locations.
   *
   * @param start offset of {@code <table}
   * @param end offset just after {@code </table>} (or the end of the page)
   */
  record HtmlTable(
      int start,
      int end,
      List<Cell> header,
      SourceLocation headerLocation,
      List<List<Cell>> rows,
      List<SourceLocation> rowLocations) {}

  private HtmlTableReader() {}

  /**
   * Cheap test, so pages without HTML tables never pay for an HTML parse: whether {@code <table\b}
   * occurs, case ignored. A scan from {@code <} to {@code <} instead of the pattern (under C1 the
   * pattern's search was a few percent of linting a tree of MDX pages).
   */
  static boolean mayHaveTables(String content) {
    for (int at = content.indexOf('<'); at >= 0; at = content.indexOf('<', at + 1)) {
      if (isTableTag(content, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code <table\b} (case ignored) matches at {@code at} as the pattern matched: folding
   * case in ASCII only, and a word boundary after the tag name.
   */
  private static boolean isTableTag(String content, int at) {
    int after = at + 6;
    if (after > content.length()) {
      return false;
    }
    for (int k = 0; k < 5; k++) {
      // an ASCII letter or its upper case; no other character folds to one without UNICODE_CASE
      if ((content.charAt(at + 1 + k) | 0x20) != "table".charAt(k)) {
        return false;
      }
    }
    if (after == content.length()) {
      return true;
    }
    // java.util.regex's word characters: letters, digits, '_' and, after a letter, non-spacing
    // marks
    int next = content.codePointAt(after);
    return !(next == '_'
        || Character.isLetterOrDigit(next)
        || Character.getType(next) == Character.NON_SPACING_MARK);
  }

  /**
   * Reads every outermost {@code <table>...</table>} of the page. Only those spans go through
   * jsoup, each parsed on its own, so the rest of the page costs nothing.
   */
  static List<HtmlTable> read(String content, LineMap lines) {
    List<HtmlTable> tables = new ArrayList<>();
    String lower = content.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int start = lower.indexOf("<table", from);
      if (start < 0) {
        break;
      }
      int end = spanEnd(lower, start);
      Parser parser = Parser.htmlParser().setTrackPosition(true);
      org.jsoup.nodes.Document html = Jsoup.parse(content.substring(start, end), "", parser);
      Element table = html.selectFirst("table");
      if (table != null && table.sourceRange().isTracked()) {
        read(table, content, start, end, lines).ifPresent(tables::add);
      }
      from = end;
    }
    return tables;
  }

  /** The offset after the {@code </table>} that closes the table at {@code start}. */
  private static int spanEnd(String lower, int start) {
    int depth = 0;
    int at = start;
    while (at >= 0 && at < lower.length()) {
      int open = lower.indexOf("<table", at);
      int close = lower.indexOf("</table", at);
      if (close < 0) {
        return lower.length();
      }
      if (open >= 0 && open < close) {
        depth++;
        at = open + 6;
      } else {
        depth--;
        int gt = lower.indexOf('>', close);
        at = gt < 0 ? lower.length() : gt + 1;
        if (depth == 0) {
          return at;
        }
      }
    }
    return lower.length();
  }

  private static java.util.Optional<HtmlTable> read(
      Element table, String content, int base, int end, LineMap lines) {
    List<Cell> header = new ArrayList<>();
    SourceLocation headerLocation = null;
    List<List<Cell>> rows = new ArrayList<>();
    List<SourceLocation> rowLocations = new ArrayList<>();
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      boolean allHeaderCells = true;
      for (Element cell : row.children()) {
        if (cell.normalName().equals("th") || cell.normalName().equals("td")) {
          allHeaderCells &= cell.normalName().equals("th");
          cells.add(cell(cell, content, base, lines));
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      SourceLocation location = lines.at(base + row.sourceRange().startPos());
      if (headerLocation == null && (allHeaderCells || row.closest("thead") != null)) {
        header = cells;
        headerLocation = location;
      } else {
        rows.add(cells);
        rowLocations.add(location);
      }
    }
    if (headerLocation == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new HtmlTable(
            base + table.sourceRange().startPos(),
            end,
            header,
            headerLocation,
            rows,
            rowLocations));
  }

  private static Cell cell(Element cell, String content, int base, LineMap lines) {
    int innerStart = base + cell.sourceRange().endPos();
    Range end = cell.endSourceRange();
    String raw;
    int offset = innerStart;
    if (end.isTracked() && !end.isImplicit() && base + end.startPos() >= innerStart) {
      String inner = content.substring(innerStart, base + end.startPos());
      int lead = 0;
      while (lead < inner.length() && Character.isWhitespace(inner.charAt(lead))) {
        lead++;
      }
      offset = innerStart + (lead == inner.length() ? 0 : lead);
      raw = inner.strip();
    } else {
      raw = cell.html().strip();
    }
    return new Cell(raw, cell.text().strip(), lines.at(offset));
  }
}
