package dev.portdoc.bench;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** commonmark-java with GFM tables over the same files, one thread: a second reference. */
public final class CommonmarkParse {

  private CommonmarkParse() {}

  public static void main(String[] args) {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    long nodes = 0;
    List<Path> files = PageFiles.under(args);
    for (Path file : files) {
      Node root = parser.parse(PageFiles.read(file));
      for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
        nodes++;
      }
    }
    System.out.println(files.size() + " pages, " + nodes + " top-level nodes");
  }
}
