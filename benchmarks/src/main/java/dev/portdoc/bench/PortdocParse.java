package dev.portdoc.bench;

import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import java.nio.file.Path;
import java.util.List;

/**
 * portdoc's parse alone, to set beside {@link BareFlexmarkParse}: read every page and build its
 * model with {@link PageParser} (the fast path, flexmark for the pages it declines), one thread, no
 * checks. Prints the pages and tables so the work cannot be skipped.
 */
public final class PortdocParse {

  private PortdocParse() {}

  public static void main(String[] args) {
    PageParser parser = PageParser.create();
    long tables = 0;
    List<Path> files = PageFiles.under(args);
    for (Path file : files) {
      Document document = parser.parse(file.toString(), PageFiles.read(file));
      tables += document.tables().size();
    }
    System.out.println(files.size() + " pages, " + tables + " port tables");
  }
}
