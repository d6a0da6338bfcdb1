package dev.portdoc.parser.internal;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Reads raw HTML {@code <table>} elements written in a Markdown page (Talos writes {@code
 * <table><thead><th>...}) with jsoup, keeping each cell's position in the page.
 */
final class HtmlTableReader {

  private static final Pattern TABLE_TAG = Pattern.compile("<table\\b", Pattern.CASE_INSENSITIVE);

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

  /** Cheap test, so pages without HTML tables never pay for an HTML parse. */
  static boolean mayHaveTables(String content) {
    return content.indexOf('<') >= 0 && TABLE_TAG.matcher(content).find();
  }

  static List<HtmlTable> read(String content, LineMap lines) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    org.jsoup.nodes.Document html = Jsoup.parse(content, "", parser);
    List<HtmlTable> tables = new ArrayList<>();
    for (Element table : html.select("table")) {
      boolean nested = table.parents().stream().anyMatch(p -> p.normalName().equals("table"));
      if (nested || !table.sourceRange().isTracked()) {
        continue;
      }
      read(table, content, lines).ifPresent(tables::add);
    }
    return tables;
  }

  private static java.util.Optional<HtmlTable> read(Element table, String content, LineMap lines) {
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
          cells.add(cell(cell, content, lines));
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      SourceLocation location = lines.at(row.sourceRange().startPos());
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
    Range end = table.endSourceRange();
    int endOffset = end.isTracked() ? end.endPos() : content.length();
    return java.util.Optional.of(
        new HtmlTable(
            table.sourceRange().startPos(), endOffset, header, headerLocation, rows, rowLocations));
  }

  private static Cell cell(Element cell, String content, LineMap lines) {
    int innerStart = cell.sourceRange().endPos();
    Range end = cell.endSourceRange();
    String raw;
    int offset = innerStart;
    if (end.isTracked() && !end.isImplicit() && end.startPos() >= innerStart) {
      String inner = content.substring(innerStart, end.startPos());
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
