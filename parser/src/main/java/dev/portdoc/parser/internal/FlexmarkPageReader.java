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
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TextRun;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.model.source.SourceLocation;
import dev.portdoc.parser.table.ColumnRoles;
import dev.portdoc.parser.table.PortRowReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that knows flexmark: parses a page and walks its syntax tree into portdoc records.
 * The tree is dropped as soon as the document is built.
 */
public final class FlexmarkPageReader {

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAK_TAG =
      Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADMONITION_FENCE = Pattern.compile("^:::\\s*[\\w-]*.*$");

  private final Parser parser;

  public FlexmarkPageReader() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create()));
    // keep rows as written: ragged rows are a finding, not something to repair silently
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.WITH_CAPTION, false);
    this.parser = Parser.builder(options).build();
  }

  /** Reads one page. */
  public Document read(String path, String content) {
    com.vladsch.flexmark.util.ast.Document root = parser.parse(content);
    return new Walk(path, content).run(root);
  }

  /** State for one page: the heading stack and what has been collected so far. */
  private static final class Walk {
    private final String path;
    private final LineMap lines;
    private final List<dev.portdoc.model.doc.Heading> headings = new ArrayList<>();
    private final List<PortTable> tables = new ArrayList<>();
    private final List<TextRun> prose = new ArrayList<>();
    private final String[] headingStack = new String[7];

    Walk(String path, String content) {
      this.path = path;
      this.lines = new LineMap(path, content);
    }

    Document run(com.vladsch.flexmark.util.ast.Document root) {
      AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
      frontMatter.visit(root);
      Map<String, List<String>> data = frontMatter.getData();
      visitChildren(root);
      return new Document(
          path, scalar(data, "title"), scalar(data, "description"), headings, tables, prose);
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
      String text = plainText(heading);
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
      List<String> pathTexts = new ArrayList<>();
      for (int level = 1; level < headingStack.length; level++) {
        if (headingStack[level] != null) {
          pathTexts.add(headingStack[level]);
        }
      }
      return pathTexts;
    }

    private void readTable(TableBlock block) {
      List<TableColumn> columns = new ArrayList<>();
      List<List<Cell>> bodyRows = new ArrayList<>();
      List<SourceLocation> rowLocations = new ArrayList<>();
      SourceLocation headerLocation = null;
      for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
        if (section instanceof TableHead && columns.isEmpty()) {
          TableRow header = (TableRow) section.getFirstChildAny(TableRow.class);
          if (header != null) {
            headerLocation = rowStart(header);
            for (Cell cell : cells(header)) {
              columns.add(
                  new TableColumn(
                      cell.text(), ColumnRoles.recognise(cell.text()), cell.location()));
            }
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
      if (headerLocation == null || !PortRowReader.isPortTable(columns)) {
        return;
      }
      List<dev.portdoc.model.doc.TableRow> rows = new ArrayList<>();
      for (int i = 0; i < bodyRows.size(); i++) {
        List<Cell> cells = bodyRows.get(i);
        List<PortRule> rules = PortRowReader.readRules(columns, cells, rowLocations.get(i));
        rows.add(new dev.portdoc.model.doc.TableRow(cells, rules, rowLocations.get(i)));
      }
      tables.add(new PortTable(headingPath(), Optional.empty(), columns, rows, headerLocation));
    }

    private SourceLocation rowStart(TableRow row) {
      return lines.at(lines.lineStart(row.getStartOffset()));
    }

    private List<Cell> cells(TableRow row) {
      List<Cell> cells = new ArrayList<>();
      for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof TableCell cell) {
          BasedSequence raw = cell.getText().trim();
          int offset = raw.isEmpty() ? cell.getText().getStartOffset() : raw.getStartOffset();
          cells.add(new Cell(raw.toString(), plainText(cell), lines.at(offset)));
        }
      }
      return cells;
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
      return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static void appendPlain(Node node, StringBuilder text) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof HtmlInline html) {
          text.append(LINE_BREAK_TAG.matcher(html.getChars()).matches() ? " " : html.getChars());
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
      if (values == null || values.isEmpty()) {
        return Optional.empty();
      }
      String value = values.get(0).strip();
      if (value.length() >= 2
          && (value.startsWith("\"") && value.endsWith("\"")
              || value.startsWith("'") && value.endsWith("'"))) {
        value = value.substring(1, value.length() - 1);
      }
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
  }
}
