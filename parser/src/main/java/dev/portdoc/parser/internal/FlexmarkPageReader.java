package dev.portdoc.parser.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.table.PortTableReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that knows flexmark: parses a page and walks its syntax tree into portdoc records.
 * The tree is dropped as soon as the document is built.
 */
public final class FlexmarkPageReader {

  /** Layout tags that read as a space; any other inline HTML stays visible as written. */
  private static final Pattern FORMATTING_TAG =
      Pattern.compile(
          "</?(?:br|ul|ol|li|p|b|i|em|strong|code|span|sup|sub|small|div|u)\\b[^<>]*>",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LIST_ITEM_TAG =
      Pattern.compile("<li\\b[^<>]*>", Pattern.CASE_INSENSITIVE);

  private static final Pattern ADMONITION_FENCE = Pattern.compile("^:::\\s*[\\w-]*.*$");

  /** With the tables extension, for pages with a pipe; built on first use. */
  private static final class WithTables {
    static final Parser PARSER = parser(true);
  }

  /**
   * Without it, for pages with no pipe: they cannot hold a Markdown table, and flexmark's table
   * pre-processing is a large part of its cost. The tree is the same as the full parser's.
   */
  private static final class WithoutTables {
    static final Parser PARSER = parser(false);
  }

  public FlexmarkPageReader() {}

  private static Parser parser(boolean tables) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        tables
            ? List.of(
                TablesExtension.create(),
                YamlFrontMatterExtension.create(),
                LinearHeadingExtension.configure(options))
            : List.of(
                YamlFrontMatterExtension.create(), LinearHeadingExtension.configure(options)));
    // keep rows as written: ragged rows are a finding, not something to repair silently
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.WITH_CAPTION, false);
    return Parser.builder(options).build();
  }

  /** Reads one page. */
  public Document read(String path, String content) {
    LineMap lines = new LineMap(path, content);
    PageMask mask = PageMask.of(content);
    List<HtmlTableReader.HtmlTable> htmlTables = new ArrayList<>();
    if (HtmlTableReader.mayHaveTables(content)) {
      for (HtmlTableReader.HtmlTable table : HtmlTableReader.read(content, lines)) {
        if (!mask.inFence(lines.at(table.start()).line())) {
          htmlTables.add(table);
          mask.blank(table.start(), table.end());
        }
      }
    }
    String text = mask.text();
    com.vladsch.flexmark.util.ast.Document root =
        (text.indexOf('|') >= 0 ? WithTables.PARSER : WithoutTables.PARSER).parse(text);
    return new Walk(path, lines, mask).run(root, htmlTables);
  }

  /** State for one page: the heading stack and what has been collected so far. */
  private static final class Walk {
    private final String path;
    private final LineMap lines;
    private final List<dev.portdoc.model.doc.Heading> headings = new ArrayList<>();
    private final List<PortTable> tables = new ArrayList<>();
    private final List<TextRun> prose = new ArrayList<>();
    private final String[] headingStack = new String[7];

    private final PageMask mask;

    Walk(String path, LineMap lines, PageMask mask) {
      this.path = path;
      this.lines = lines;
      this.mask = mask;
    }

    Document run(
        com.vladsch.flexmark.util.ast.Document root, List<HtmlTableReader.HtmlTable> htmlTables) {
      AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
      frontMatter.visit(root);
      Map<String, List<String>> data = frontMatter.getData();
      visitChildren(root);
      for (HtmlTableReader.HtmlTable html : htmlTables) {
        PortTableReader.read(
                html.header(),
                html.headerLocation(),
                html.rows(),
                html.rowLocations(),
                headingPathAt(html.headerLocation()),
                variantAt(html.headerLocation()))
            .ifPresent(tables::add);
      }
      tables.sort(Comparator.comparing(PortTable::location));
      Optional<String> title = scalar(data, "title").or(() -> scalar(data, "page_title"));
      return new Document(path, title, scalar(data, "description"), headings, tables, prose);
    }

    /** The heading path in force at {@code location}, replaying the headings above it. */
    private List<String> headingPathAt(SourceLocation location) {
      String[] stack = new String[7];
      for (dev.portdoc.model.doc.Heading heading : headings) {
        if (heading.location().compareTo(location) > 0) {
          break;
        }
        stack[heading.level()] = heading.text();
        for (int deeper = heading.level() + 1; deeper < stack.length; deeper++) {
          stack[deeper] = null;
        }
      }
      return PlainText.headingPath(stack);
    }

    private Optional<String> variantAt(SourceLocation location) {
      return Optional.ofNullable(mask.tabAt(location.line()));
    }

    private void visitChildren(Node parent) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        visit(node);
      }
    }

    private void visit(Node node) {
      if (node instanceof Heading heading) {
        readHeading(heading);
      } else if (node instanceof TableBlock table) {
        readTable(table);
      } else if (node instanceof Paragraph paragraph) {
        collectProse(paragraph);
      } else {
        visitChildren(node);
      }
    }

    private void readHeading(Heading heading) {
      // Hugo and Kramdown heading ids: ## Worker node(s) {#node}
      String text = PlainText.withoutAnchor(plainText(heading));
      int level = heading.getLevel();
      headings.add(
          new dev.portdoc.model.doc.Heading(level, text, lines.at(heading.getStartOffset())));
      headingStack[level] = text;
      for (int deeper = level + 1; deeper < headingStack.length; deeper++) {
        headingStack[deeper] = null;
      }
      collectProse(heading);
    }

    private List<String> headingPath() {
      return PlainText.headingPath(headingStack);
    }

    private void readTable(TableBlock block) {
      List<Cell> header = null;
      SourceLocation headerLocation = null;
      List<List<Cell>> bodyRows = new ArrayList<>();
      List<SourceLocation> rowLocations = new ArrayList<>();
      for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
        if (section instanceof TableHead && header == null) {
          TableRow row = (TableRow) section.getFirstChildAny(TableRow.class);
          if (row != null) {
            headerLocation = rowStart(row);
            header = cells(row);
          }
        } else if (section instanceof TableBody) {
          for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
            if (row instanceof TableRow tableRow) {
              bodyRows.add(cells(tableRow));
              rowLocations.add(rowStart(tableRow));
            }
          }
        }
      }
      if (headerLocation == null) {
        return;
      }
      PortTableReader.read(
              header,
              headerLocation,
              bodyRows,
              rowLocations,
              headingPath(),
              variantAt(headerLocation))
          .ifPresent(tables::add);
    }

    private SourceLocation rowStart(TableRow row) {
      return lines.at(lines.lineStart(row.getStartOffset()));
    }

    private List<Cell> cells(TableRow row) {
      List<Cell> cells = new ArrayList<>();
      TableCell previous = null;
      for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof TableCell cell) {
          if (previous != null
              && previous.getClosingMarker().isNotNull()
              && cell.getOpeningMarker().isNotNull()) {
            // "7200||note": flexmark drops the empty cell between two pipes; put it back
            cells.add(new Cell("", "", lines.at(previous.getClosingMarker().getEndOffset())));
          }
          BasedSequence raw = cell.getText().trim();
          int offset = raw.isEmpty() ? emptyCellOffset(cell) : raw.getStartOffset();
          cells.add(new Cell(raw.toString(), plainText(cell), lines.at(offset)));
          previous = cell;
        }
      }
      return cells;
    }

    /** An empty cell's text is a null sequence: point just after its opening pipe instead. */
    private static int emptyCellOffset(TableCell cell) {
      if (cell.getText().isNotNull()) {
        return cell.getText().getStartOffset();
      }
      if (cell.getOpeningMarker().isNotNull()) {
        return cell.getOpeningMarker().getEndOffset();
      }
      return cell.getStartOffset();
    }

    private void collectProse(Node block) {
      for (Node node = block.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof Text text) {
          if (!isBrokenLinkTarget(text)) {
            addProse(text.getChars());
          }
        } else if (!(node instanceof Code || node instanceof Image || node instanceof ImageRef)) {
          collectProse(node);
        }
      }
    }

    /**
     * {@code ![alt](url "bad"title")} does not parse as an image: the alt text becomes a reference
     * and the target plain text. The target is a URL, not prose.
     */
    private static boolean isBrokenLinkTarget(Text text) {
      Node previous = text.getPrevious();
      return (previous instanceof ImageRef || previous instanceof LinkRef)
          && text.getChars().startsWith("(");
    }

    private void addProse(BasedSequence chars) {
      int start = 0;
      String text = chars.toString();
      while (start <= text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        String line = text.substring(start, end);
        if (!line.isBlank() && !ADMONITION_FENCE.matcher(line.strip()).matches()) {
          prose.add(new TextRun(line, lines.at(chars.getStartOffset() + start)));
        }
        start = end + 1;
      }
    }

    /**
     * The text a reader sees: markup dropped, entities and escapes resolved, inline HTML kept as
     * written (so {@code <script>} in a cell stays visible text), {@code <br>} as a space.
     */
    private static String plainText(Node node) {
      StringBuilder text = new StringBuilder();
      appendPlain(node, text);
      return PlainText.collapse(text);
    }

    private static void appendPlain(Node node, StringBuilder text) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof LinkRef ref && !ref.isDefined()) {
          // a footnote reference (8092[^note]) is no part of the cell's value; other
          // brackets without a link definition ([Deprecated]) are text as written
          if (!ref.getReference().startsWith("^")) {
            text.append(ref.getChars().unescape());
          }
          continue;
        }
        if (child instanceof HtmlInline html) {
          if (LIST_ITEM_TAG.matcher(html.getChars()).matches() && !text.toString().isBlank()) {
            // <ul><li>a</li><li>b</li></ul> in a cell reads "a, b"
            text.append(", ");
          } else {
            text.append(FORMATTING_TAG.matcher(html.getChars()).matches() ? " " : html.getChars());
          }
        } else if (child instanceof Code code) {
          text.append(code.getText().unescape());
        } else if (child instanceof Text || child instanceof HtmlEntity) {
          text.append(child.getChars().unescape());
        } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
          text.append(' ');
        } else {
          appendPlain(child, text);
        }
      }
    }

    private static Optional<String> scalar(Map<String, List<String>> data, String key) {
      List<String> values = data.get(key);
      return values == null || values.isEmpty()
          ? Optional.empty()
          : PlainText.scalar(values.get(0));
    }
  }
}
