package dev.portdoc.parser.internal;

import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.Heading;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.table.ColumnRoles;
import dev.portdoc.parser.table.PortTableReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A single-pass line scanner for the plain subset of Markdown most pages are written in: front
 * matter of {@code key: value} lines, ATX headings, paragraphs, one-line list items, fenced code
 * and pipe tables, with plain text, code spans, simple {@code **strong**}/{@code *em*}, inline
 * links and images. It builds the same {@link Document} as {@link FlexmarkPageReader}, at a small
 * fraction of the cost, or declines (an empty result) the moment a page leaves that subset, and the
 * page then goes to flexmark. Declining is always safe; accepting is only done when the result is
 * provably flexmark's (the differential tests hold it to that).
 */
public final class FastPageReader {

  /** Thrown to give up on a page, with the reason; without a stack trace: declining is cheap. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline(String reason) {
      super(reason, null, false, false);
    }
  }

  private FastPageReader() {}

  /** The page's document, or empty when the page needs the full Markdown parser. */
  public static Optional<Document> read(String path, String content) {
    return read(path, content, PageFacts.UNKNOWN);
  }

  /** {@link #read(String, String)} for a page whose bytes gave {@code facts}. */
  public static Optional<Document> read(String path, String content, PageFacts facts) {
    try {
      return Optional.of(scan(path, content, facts));
    } catch (Decline declined) {
      return Optional.empty();
    }
  }

  /** Why the fast path leaves {@code content} to flexmark, or null when it reads it. */
  static String whyDeclined(String content) {
    try {
      scan("page.md", content, PageFacts.UNKNOWN);
      return null;
    } catch (Decline declined) {
      return declined.getMessage();
    }
  }

  private static Document scan(String path, String content, PageFacts facts) {
    if (!facts.plain() && !plainCharacters(content)) {
      throw new Decline("control character, CR, BOM or unusual space");
    }
    if (facts.mayHaveLessThan() && HtmlTableReader.mayHaveTables(content)) {
      throw new Decline("HTML table");
    }
    // most pages have no line to blank, and their line ends are known from the byte pass
    boolean unmasked = facts.lineEnds() != null && !facts.mayHaveForeignLine();
    PageMask mask = unmasked ? PageMask.unmasked(content, facts.lineEnds()) : PageMask.of(content);
    String text = mask.text();
    // an ASCII page's characters as bytes: the inline loop skips plain text on them (masking
    // writes only spaces, so the page stays ASCII)
    byte[] ascii =
        unmasked
            ? facts.asciiText()
            : facts.ascii() ? text.getBytes(StandardCharsets.ISO_8859_1) : null;
    return new Scan(path, text, mask, ascii, facts.mayHaveTab()).run();
  }

  /**
   * False for characters whose handling differs between parsers or needs care the scanner does not
   * take: control characters (CR included; tabs are refused line by line outside fenced code), a
   * byte order mark, and whitespace other than the ASCII space (no-break and typographic spaces,
   * which trimming treats unevenly).
   */
  private static boolean plainCharacters(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < ' ') {
        if (c != '\n' && c != '\t') {
          return false;
        }
      } else if (c >= 0x80 && oddCharacter(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean oddCharacter(char c) {
    return c == 0x85
        || c == 0xA0
        || c == 0xFEFF
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000
        || Character.isISOControl(c);
  }

  /** Where the previous line left the block structure. */
  private enum Prev {
    /** Start of page, blank line, heading, closed fence or table: a new block may start. */
    OPEN,
    /** A paragraph line: the next line may continue it. */
    PARAGRAPH,
    /** A list item's first line: the next line may continue it lazily. */
    ITEM
  }

  /** One page. */
  private static final class Scan {
    private final String path;
    private final String text;
    private final PageMask mask;
    private final int length;
    private final List<Heading> headings = new ArrayList<>();
    private final List<PortTable> tables = new ArrayList<>();
    private final List<TextRun> prose = new ArrayList<>();
    private final String[] headingStack = new String[7];
    private final StringBuilder plain = new StringBuilder();
    private String title;
    private String pageTitle;
    private String description;

    /** 1-based number of the line at {@link #pos}. */
    private int line = 1;

    /** Offset of the current line's first character. */
    private int pos;

    /** The text as bytes when it is ASCII, else null. */
    private final byte[] ascii;

    Scan(String path, String text, PageMask mask, byte[] ascii, boolean mayHaveTab) {
      this.path = path;
      this.text = text;
      this.mask = mask;
      this.length = text.length();
      this.ascii = ascii;
      this.lineEnds = mask.lineEnds();
      if (!mayHaveTab) {
        tab = Integer.MAX_VALUE; // no search for a tab the page does not have
      }
    }

    Document run() {
      if (text.startsWith("---")) {
        frontMatter();
      }
      Prev prev = Prev.OPEN;
      boolean listOpen = false;
      int itemIndent = 0;
      while (pos <= length) {
        int end = lineEnd(pos);
        noTab(pos, end);
        int indent = 0;
        while (pos + indent < end && text.charAt(pos + indent) == ' ') {
          indent++;
        }
        int first = pos + indent;
        if (first == end) {
          prev = Prev.OPEN;
          next(end);
          continue;
        }
        if (listOpen && indent > 0 && prev == Prev.OPEN) {
          if (indent >= itemIndent) {
            throw new Decline("indented line (indented code or list item content)");
          }
          listOpen = false; // after a blank line, text left of the item's content ends the list
        }
        // a line right below a list item's line: plain text continues the item's paragraph
        boolean inItem = listOpen && indent > 0;
        if (indent >= 4 && !inItem) {
          if (prev == Prev.PARAGRAPH) {
            proseLine(first, end);
            next(end);
            continue;
          }
          throw new Decline("indented line (indented code or list item content)");
        }
        char c = text.charAt(first);
        if (inItem && blockStart(c, first, end)) {
          throw new Decline("block inside a list item");
        }
        if (c == '#') {
          heading(first, end, indent);
          prev = Prev.OPEN;
          listOpen = false;
          next(end);
          continue;
        }
        if ((c == '`' || c == '~') && run(first, end, c) >= 3) {
          fence(first, end, c);
          prev = Prev.OPEN;
          listOpen = false;
          continue; // fence() moved past the closing line
        }
        if (c == '|') {
          if (prev != Prev.OPEN || indent > 0) {
            throw new Decline("table not after a blank line or heading, or indented");
          }
          table();
          prev = Prev.OPEN;
          listOpen = false;
          continue; // table() moved past the table
        }
        if (c == '>' || c == '<' || c == '=') {
          throw new Decline("block quote, HTML or setext underline");
        }
        if (thematicOrUnderline(first, end)) {
          throw new Decline("thematic break or setext underline");
        }
        int content = listItemContent(first, end);
        if (content > 0) {
          if (prev == Prev.PARAGRAPH || indent > 0) {
            throw new Decline("list item interrupting a paragraph, or nested");
          }
          itemStart(content, end);
          proseLine(content, end);
          prev = Prev.ITEM;
          listOpen = true;
          itemIndent = content - pos;
          next(end);
          continue;
        }
        if (prev == Prev.OPEN) {
          if (c == '[' && hasDefinitionColon(first, end)) {
            throw new Decline("maybe a link reference definition");
          }
          listOpen = false; // a blank line and then text at the margin ends the list
          proseLine(first, end);
          prev = Prev.PARAGRAPH;
        } else {
          // continues the paragraph (lazily, for a list item)
          proseLine(first, end);
        }
        next(end);
      }
      Optional<String> pageTitleValue =
          PlainText.scalar(title).or(() -> PlainText.scalar(pageTitle));
      return new Document(
          path, pageTitleValue, PlainText.scalar(description), headings, tables, prose);
    }

    /** True when a line starting with {@code c} at {@code first} may open a block. */
    private boolean blockStart(char c, int first, int end) {
      return c == '#'
          || c == '`' && run(first, end, c) >= 3
          || c == '~' && run(first, end, c) >= 3
          || c == '|'
          || c == '>'
          || c == '<'
          || c == '='
          || thematicOrUnderline(first, end)
          || listItemContent(first, end) > 0;
    }

    /** Offset of the next tab at or after the line being checked; tabs only in fenced code. */
    private int tab = -1;

    private void noTab(int from, int end) {
      if (tab < from) {
        tab = text.indexOf('\t', from);
        if (tab < 0) {
          tab = Integer.MAX_VALUE;
        }
      }
      if (tab < end) {
        throw new Decline("tab outside fenced code");
      }
    }

    /** The line feed at or after {@code from}, else the page's end; from the mask's line ends. */
    private int lineEnd(int from) {
      // the scan asks in page order: a cursor over the ends finds each in a step or two
      while (lineCursor > 0 && lineEnds[lineCursor - 1] >= from) {
        lineCursor--;
      }
      while (lineEnds[lineCursor] < from) {
        lineCursor++;
      }
      return lineEnds[lineCursor];
    }

    private final int[] lineEnds;
    private int lineCursor;

    private void next(int end) {
      pos = end + 1;
      line++;
    }

    private int run(int from, int end, char c) {
      int i = from;
      while (i < end && text.charAt(i) == c) {
        i++;
      }
      return i - from;
    }

    // ---- front matter ----

    /**
     * Reads front matter of {@code key: value} lines, list items and comments. Keys and values are
     * taken as flexmark's front matter parser takes them: up to three spaces, a key of letters,
     * digits, {@code _.-}, a colon; literal blocks and anything else are declined.
     */
    private void frontMatter() {
      int end = lineEnd(0);
      if (end != 3) {
        throw new Decline("front matter opened by more than '---'");
      }
      next(end);
      while (true) {
        if (pos > length) {
          throw new Decline("never closed: flexmark reads the whole page as front matter");
        }
        end = lineEnd(pos);
        noTab(pos, end);
        if (text.startsWith("---", pos) || text.startsWith("...", pos)) {
          if (end - pos != 3) {
            throw new Decline("odd front matter closing line");
          }
          next(end);
          return;
        }
        frontMatterLine(pos, end);
        next(end);
      }
    }

    private void frontMatterLine(int from, int end) {
      int indent = 0;
      while (from + indent < end && text.charAt(from + indent) == ' ') {
        indent++;
      }
      int keyStart = from + indent;
      if (keyStart == end) {
        return; // blank
      }
      char first = text.charAt(keyStart);
      if (first == '#' || first == '-' && indent > 0) {
        return; // a comment, or a list item: never the first value of a new key
      }
      int keyEnd = keyStart;
      while (keyEnd < end && isKeyChar(text.charAt(keyEnd))) {
        keyEnd++;
      }
      if (indent > 3 || keyEnd == keyStart || keyEnd == end || text.charAt(keyEnd) != ':') {
        if (indent > 0) {
          return; // nested content that does not start a key
        }
        throw new Decline("front matter line that is not a key");
      }
      int value = keyEnd + 1;
      while (value < end && text.charAt(value) == ' ') {
        value++;
      }
      if (value < end && (text.charAt(value) == '|' || text.charAt(value) == '>')) {
        throw new Decline("a literal or folded block");
      }
      String key = text.substring(keyStart, keyEnd);
      boolean wanted = key.equals("title") || key.equals("page_title") || key.equals("description");
      if (!wanted) {
        return;
      }
      if (indent > 0 || value == end) {
        throw new Decline("a nested or multi-line value of a key the document keeps");
      }
      String v = text.substring(value, end);
      switch (key) {
        case "title" -> title = v;
        case "page_title" -> pageTitle = v;
        default -> description = v;
      }
    }

    private static boolean isKeyChar(char c) {
      return c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '_'
          || c == '-'
          || c == '.';
    }

    // ---- blocks ----

    private void heading(int first, int end, int indent) {
      int level = run(first, end, '#');
      if (level > 6 || first + level >= end || text.charAt(first + level) != ' ') {
        throw new Decline("heading marker without a space after it, or too many #");
      }
      int start = first + level;
      while (start < end && text.charAt(start) == ' ') {
        start++;
      }
      int stop = trimEnd(start, end);
      if (start == stop || text.charAt(stop - 1) == '#') {
        throw new Decline("empty, or a closing sequence");
      }
      String headingText;
      if (ascii != null && skipPlain(start, stop, MARKUP) == stop) {
        // no markup (most headings): the text is the characters, and one run of prose
        String raw = text.substring(start, stop);
        if (!raw.startsWith(":::")) {
          prose.add(new TextRun(raw, at(start - pos + 1)));
        }
        headingText =
            PlainText.withoutAnchor(PlainText.isCollapsed(raw) ? raw : PlainText.collapse(raw));
      } else {
        plain.setLength(0);
        inline(start, stop, true);
        headingText = PlainText.withoutAnchor(PlainText.collapse(plain));
      }
      headings.add(new Heading(level, headingText, at(indent + 1)));
      headingStack[level] = headingText;
      for (int deeper = level + 1; deeper < headingStack.length; deeper++) {
        headingStack[deeper] = null;
      }
    }

    private void fence(int first, int end, char c) {
      int open = run(first, end, c);
      // looked for on the line only: a search of the page would run to the closing fence
      if (c == '`' && hasBacktick(first + open, end)) {
        throw new Decline("a backtick in the info string: not a fence but inline code");
      }
      next(end);
      while (pos <= length) {
        int lineEnd = lineEnd(pos);
        int indent = 0;
        while (pos + indent < lineEnd && text.charAt(pos + indent) == ' ') {
          indent++;
        }
        int at = pos + indent;
        if (indent <= 3 && at < lineEnd && text.charAt(at) == c) {
          int close = run(at, lineEnd, c);
          if (close >= open && trimEnd(at + close, lineEnd) == at + close) {
            next(lineEnd);
            return;
          }
        }
        next(lineEnd);
      }
      throw new Decline("never closed: runs to the end of the page");
    }

    private boolean hasBacktick(int from, int end) {
      for (int i = from; i < end; i++) {
        if (text.charAt(i) == '`') {
          return true;
        }
      }
      return false;
    }

    /** {@code ***}, {@code - - -}, {@code ___} and setext underlines: none taken here. */
    private boolean thematicOrUnderline(int first, int end) {
      char c = text.charAt(first);
      if (c != '-' && c != '*' && c != '_') {
        return false;
      }
      int count = 0;
      for (int i = first; i < end; i++) {
        char d = text.charAt(i);
        if (d == c) {
          count++;
        } else if (d != ' ') {
          return false;
        }
      }
      return count >= 3 || c == '-';
    }

    /**
     * The offset of a list item's text when the line opens one ({@code - }, {@code * }, {@code + },
     * {@code 1. }, {@code 1) }), else 0. Items whose text starts with another block's marker are
     * declined.
     */
    private int listItemContent(int first, int end) {
      char c = text.charAt(first);
      int marker;
      if (c == '-' || c == '*' || c == '+') {
        marker = first + 1;
      } else if (c >= '0' && c <= '9') {
        int digits = first;
        while (digits < end && digits - first < 9 && isDigit(text.charAt(digits))) {
          digits++;
        }
        if (digits == end || text.charAt(digits) != '.' && text.charAt(digits) != ')') {
          return 0;
        }
        marker = digits + 1;
      } else {
        return 0;
      }
      if (marker >= end || text.charAt(marker) != ' ') {
        if (marker < end) {
          return 0; // "-foo", "**bold**", "3.5": text
        }
        throw new Decline("an empty item");
      }
      int content = marker + 1;
      if (content >= end || text.charAt(content) == ' ') {
        throw new Decline("empty, or wider content indentation");
      }
      char d = text.charAt(content);
      if (d == '#'
          || (d == '`' || d == '~') && run(content, end, d) >= 3
          || d == '|'
          || d == '>'
          || d == '<'
          || d == '=') {
        throw new Decline("list item starting with another block");
      }
      if (d == '-' || d == '+' || d == '*' || d == '_' || isDigit(d)) {
        if (thematicOrUnderline(content, end) || listItemContent(content, end) > 0) {
          throw new Decline("a nested list or a rule inside the item");
        }
      }
      return content;
    }

    private void itemStart(int content, int end) {
      if (text.charAt(content) == '[' && hasDefinitionColon(content, end)) {
        throw new Decline("link reference definition in a list item");
      }
    }

    /** True when {@code ]:} occurs in {@code [from, end)}; searched within the line only. */
    private boolean hasDefinitionColon(int from, int end) {
      for (int i = from; i + 1 < end; i++) {
        if (text.charAt(i) == ']' && text.charAt(i + 1) == ':') {
          return true;
        }
      }
      return false;
    }

    // ---- tables ----

    /** A pipe table from the current line to the next blank line; every line in pipes. */
    private void table() {
      int headerEnd = lineEnd(pos);
      if (headerEnd >= length || headerEnd - pos < 2 || text.charAt(headerEnd - 1) != '|') {
        throw new Decline("table header not in pipes, or last line");
      }
      int separatorStart = headerEnd + 1;
      int separatorEnd = lineEnd(separatorStart);
      noTab(separatorStart, separatorEnd);
      if (!separator(separatorStart, separatorEnd)) {
        throw new Decline("a paragraph with pipes in it");
      }
      int headerLine = line;
      int headerStart = pos;
      List<Cell> header = cells(headerStart, headerEnd, headerLine, true);
      List<String> names = new ArrayList<>(header.size());
      for (Cell cell : header) {
        names.add(cell.text());
      }
      List<ColumnRole> roles = ColumnRoles.recogniseAll(names);
      boolean ports = roles.contains(ColumnRole.PORT) || roles.contains(ColumnRole.PORT_START);
      next(headerEnd);
      next(separatorEnd);
      List<List<Cell>> rows = new ArrayList<>();
      List<SourceLocation> rowLocations = new ArrayList<>();
      while (pos < length) {
        int end = lineEnd(pos);
        noTab(pos, end);
        if (end == pos || text.charAt(pos) == ' ' && isBlank(pos, end)) {
          break;
        }
        if (text.charAt(pos) != '|' || text.charAt(end - 1) != '|' || end - pos < 2) {
          throw new Decline("rows must sit in pipes: where else the table ends is flexmark's call");
        }
        if (ports) {
          rows.add(cells(pos, end, line, false));
          rowLocations.add(new SourceLocation(path, line, 1));
        } else {
          checkRow(pos, end);
        }
        next(end);
      }
      if (!ports) {
        return; // no port column: the table is not in the model
      }
      SourceLocation headerLocation = new SourceLocation(path, headerLine, 1);
      PortTableReader.read(
              header,
              headerLocation,
              rows,
              rowLocations,
              PlainText.headingPath(headingStack),
              Optional.ofNullable(mask.tabAt(headerLine)))
          .ifPresent(tables::add);
    }

    private boolean isBlank(int from, int end) {
      for (int i = from; i < end; i++) {
        if (text.charAt(i) != ' ') {
          return false;
        }
      }
      return true;
    }

    /** {@code | --- | :-: |}: at least three dashes and colons a cell, in pipes. */
    private boolean separator(int from, int end) {
      if (end - from < 2 || text.charAt(from) != '|' || text.charAt(end - 1) != '|') {
        return false;
      }
      int i = from + 1;
      int cells = 0;
      while (i < end) {
        while (i < end && text.charAt(i) == ' ') {
          i++;
        }
        int cellStart = i;
        if (i < end && text.charAt(i) == ':') {
          i++;
        }
        int dashes = run(i, end, '-');
        if (dashes == 0) {
          return false;
        }
        i += dashes;
        if (i < end && text.charAt(i) == ':') {
          i++;
        }
        if (i - cellStart < 3) {
          return false; // flexmark wants three characters: "---", ":-:"
        }
        while (i < end && text.charAt(i) == ' ') {
          i++;
        }
        if (i >= end || text.charAt(i) != '|') {
          return false;
        }
        i++;
        cells++;
      }
      return cells > 0;
    }

    /** A row of a table kept out of the model: only what would make flexmark split it otherwise. */
    private void checkRow(int from, int end) {
      int i = from;
      while (i < end) {
        i = skipPlain(i, end, ROW_MARKUP);
        if (i == end) {
          break;
        }
        char c = text.charAt(i);
        if (c == '\\') {
          throw new Decline("escape in a table row");
        }
        if (c == '`') {
          int open = run(i, end, '`');
          int close = closingBackticks(i + open, end, open);
          if (close < 0) {
            throw new Decline("unclosed code span in a table row");
          }
          int pipe = text.indexOf('|', i + open);
          if (pipe < close) {
            throw new Decline("pipe in a code span in a table row");
          }
          i = close + open;
        } else {
          i++;
        }
      }
    }

    /** The cells between a row's pipes, as flexmark's table reader gives them. */
    private List<Cell> cells(int from, int end, int lineNumber, boolean header) {
      List<Cell> cells = new ArrayList<>();
      int cellStart = from + 1;
      int i = cellStart;
      while (i < end) {
        i = skipPlain(i, end, CELL_MARKUP);
        if (i == end) {
          break;
        }
        char c = text.charAt(i);
        if (c == '`') {
          int open = run(i, end, '`');
          int close = closingBackticks(i + open, end, open);
          if (close < 0) {
            throw new Decline("unclosed code span in a table cell");
          }
          i = close + open;
          continue;
        }
        if (c == '\\') {
          throw new Decline("escape in a table cell");
        }
        if (c == '|') {
          cells.add(cell(cellStart, i, lineNumber, from));
          cellStart = i + 1;
        }
        i++;
      }
      if (cells.isEmpty()) {
        throw new Decline("table row without cells");
      }
      return cells;
    }

    private Cell cell(int from, int end, int lineNumber, int lineStart) {
      int start = from;
      while (start < end && text.charAt(start) == ' ') {
        start++;
      }
      int stop = trimEnd(start, end);
      if (start == stop) {
        return new Cell("", "", new SourceLocation(path, lineNumber, from - lineStart + 1));
      }
      plain.setLength(0);
      inline(start, stop, false);
      String raw = text.substring(start, stop);
      // no markup (the plain text is all of the cell) and nothing to collapse: most cells
      String plainText =
          plain.length() == raw.length() && PlainText.isCollapsed(raw)
              ? raw
              : PlainText.collapse(plain);
      return new Cell(raw, plainText, new SourceLocation(path, lineNumber, start - lineStart + 1));
    }

    // ---- inline ----

    private void proseLine(int first, int end) {
      int stop = trimEnd(first, end);
      plainWanted = false; // a paragraph's text is only its runs
      inline(first, stop, true);
      plainWanted = true;
    }

    /** False while reading a prose line, whose plain text nothing reads. */
    private boolean plainWanted = true;

    private int trimEnd(int from, int end) {
      while (end > from && text.charAt(end - 1) == ' ') {
        end--;
      }
      return end;
    }

    /**
     * Reads the inline content of {@code [from, to)}: appends what a reader sees to {@link #plain}
     * and, when {@code collect}, adds each text node's run to the prose.
     */
    private void inline(int from, int to, boolean collect) {
      int textStart = from;
      int i = from;
      while (i < to) {
        i = skipPlain(i, to, MARKUP);
        if (i == to) {
          break;
        }
        char c = text.charAt(i);
        switch (c) {
          case '\\', '&', '<' -> throw new Decline("escape, entity or HTML");
          case '|' -> {
            if (collect) {
              throw new Decline("a pipe in prose may make a table out of the paragraph");
            }
            i++;
          }
          case '_' -> {
            if (i == from
                || i + 1 >= to
                || !isAlnum(text.charAt(i - 1))
                || !isAlnum(text.charAt(i + 1))) {
              throw new Decline("only snake_case, where '_' can neither open nor close");
            }
            i++;
          }
          case '`' -> {
            int open = run(i, to, '`');
            int close = closingBackticks(i + open, to, open);
            if (close < 0) {
              throw new Decline("unclosed code span");
            }
            textNode(textStart, i, collect);
            if (plainWanted) {
              plain.append(text, i + open, close);
            }
            i = close + open;
            textStart = i;
          }
          case '*' -> {
            int open = run(i, to, '*');
            if (open > 2 || i > from && text.charAt(i - 1) != ' ') {
              throw new Decline("emphasis delimiter run not at a word start");
            }
            int inner = i + open;
            if (inner >= to || text.charAt(inner) == ' ') {
              throw new Decline("emphasis opener before a space");
            }
            int close = text.indexOf('*', inner);
            if (close < 0 || close >= to || run(close, to, '*') != open) {
              throw new Decline("emphasis without a matching closer");
            }
            int after = close + open;
            if (text.charAt(close - 1) == ' '
                || after < to && !closerFollower(text.charAt(after))) {
              throw new Decline("emphasis closer not at a word end");
            }
            plainOnly(inner, close);
            textNode(textStart, i, collect);
            textNode(inner, close, collect);
            i = after;
            textStart = i;
          }
          case '!' -> {
            if (i + 1 < to && text.charAt(i + 1) == '[') {
              int after = link(i + 1, to);
              textNode(textStart, i, collect);
              if (plainWanted) {
                plain.append(text, i + 2, linkTextEnd);
              }
              i = after;
              textStart = i;
            } else {
              i++;
            }
          }
          case '[' -> {
            int after = link(i, to);
            textNode(textStart, i, collect);
            textNode(i + 1, linkTextEnd, collect);
            i = after;
            textStart = i;
          }
          default -> i++;
        }
      }
      textNode(textStart, to, collect);
    }

    /** The ASCII characters {@link #inline} acts on; every other one only moves it on. */
    private static final boolean[] MARKUP = marks("\\&<|_`*![");

    /** The characters {@link #cells} acts on. */
    private static final boolean[] CELL_MARKUP = marks("\\`|");

    /** The characters {@link #checkRow} acts on. */
    private static final boolean[] ROW_MARKUP = marks("\\`");

    private static boolean[] marks(String characters) {
      boolean[] marks = new boolean[128];
      for (char c : characters.toCharArray()) {
        marks[c] = true;
      }
      return marks;
    }

    /**
     * The first offset from {@code i} (or {@code to}) whose character is one of {@code marks}: the
     * loops that call this only move on over the others. On an ASCII page the search runs on its
     * bytes (cheaper than {@link String#charAt} under C1); on others it leaves {@code i} for the
     * caller's own loop.
     */
    private int skipPlain(int i, int to, boolean[] marks) {
      if (ascii == null) {
        return i;
      }
      while (i < to && !marks[ascii[i]]) {
        i++;
      }
      return i;
    }

    /** Set by {@link #link}: where the link text ends (its {@code ]}). */
    private int linkTextEnd;

    /**
     * An inline link or image {@code [text](target)} at {@code open} (its {@code [}); returns the
     * offset after its {@code )}. Text of plain characters, target without spaces or brackets.
     */
    private int link(int open, int to) {
      int close = open + 1;
      while (close < to && text.charAt(close) != ']') {
        if (!plainAt(close)) {
          throw new Decline("markup in link text");
        }
        close++;
      }
      if (close == open + 1
          || close + 1 >= to
          || text.charAt(close + 1) != '('
          || text.charAt(open + 1) == '^'
          || text.charAt(open + 1) == ' '
          || text.charAt(close - 1) == ' ') {
        throw new Decline("bracket that is not a plain inline link");
      }
      int target = close + 2;
      int targetEnd = target;
      while (targetEnd < to && text.charAt(targetEnd) != ')') {
        char t = text.charAt(targetEnd);
        if (t == ' ' || t == '(' || t == '<' || t == '>' || t == '\\' || t == '&' || t == '`') {
          throw new Decline("link target with spaces, brackets or escapes");
        }
        targetEnd++;
      }
      if (targetEnd == target || targetEnd >= to) {
        throw new Decline("empty or unclosed link target");
      }
      linkTextEnd = close;
      return targetEnd + 1;
    }

    /** Text inside emphasis or a link: no further markup. */
    private void plainOnly(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!plainAt(i)) {
          throw new Decline("markup inside emphasis");
        }
      }
    }

    /** A character that is no markup here; {@code _} only inside a word (snake_case). */
    private boolean plainAt(int i) {
      char c = text.charAt(i);
      if (c == '_') {
        return isAlnum(text.charAt(i - 1)) && isAlnum(text.charAt(i + 1));
      }
      return isPlain(c);
    }

    private static boolean isPlain(char c) {
      return c != '\\' && c != '&' && c != '<' && c != '_' && c != '`' && c != '*' && c != '!'
          && c != '[' && c != ']' && c != '|';
    }

    private static boolean closerFollower(char c) {
      return c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' || c == ')' || c == '?'
          || c == '!';
    }

    /** The start of the run of exactly {@code count} backticks that closes a code span, or -1. */
    private int closingBackticks(int from, int to, int count) {
      int i = from;
      while (true) {
        int at = text.indexOf('`', i);
        if (at < 0 || at >= to) {
          return -1;
        }
        int length = run(at, to, '`');
        if (length == count) {
          return at;
        }
        i = at + length;
      }
    }

    private void textNode(int from, int to, boolean collect) {
      if (from >= to) {
        return;
      }
      if (plainWanted) {
        plain.append(text, from, to);
      }
      if (!collect) {
        return;
      }
      boolean blank = true;
      for (int i = from; i < to; i++) {
        if (text.charAt(i) != ' ') {
          blank = false;
          break;
        }
      }
      if (blank) {
        return;
      }
      if (text.startsWith(":::", firstNonSpace(from, to))) {
        return; // an admonition fence, as the flexmark path leaves it out
      }
      // prose is only collected on the line being scanned, which starts at pos
      prose.add(new TextRun(text.substring(from, to), at(from - pos + 1)));
    }

    private int firstNonSpace(int from, int to) {
      int i = from;
      while (i < to && text.charAt(i) == ' ') {
        i++;
      }
      return i;
    }

    private SourceLocation at(int column) {
      return new SourceLocation(path, line, column);
    }

    private static boolean isAlnum(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
