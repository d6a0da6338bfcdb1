package dev.portdoc.bench;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference cost bench/run.sh compares {@code portdoc lint} with: read and parse every page
 * with flexmark, tables and front matter configured like portdoc's parser, one thread, nothing
 * else. Prints the pages and the syntax-tree nodes so the work cannot be skipped.
 */
public final class BareFlexmarkParse {

  private BareFlexmarkParse() {}

  public static void main(String[] args) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create()));
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.WITH_CAPTION, false);
    Parser parser = Parser.builder(options).build();
    long nodes = 0;
    List<Path> files = PageFiles.under(args);
    for (Path file : files) {
      Document root = parser.parse(PageFiles.read(file));
      for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
        nodes++;
      }
    }
    System.out.println(files.size() + " pages, " + nodes + " top-level nodes");
  }
}
