package dev.portdoc.site.html;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableColumn;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRule;
import dev.portdoc.site.SiteInput;
import dev.portdoc.site.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the HTML site with the Thymeleaf templates kept under {@code dev/portdoc/site/html}. */
public final class HtmlSiteWriter {

  private static final String TEMPLATES = "dev/portdoc/site/html/";

  private final TemplateEngine engine;

  public HtmlSiteWriter() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(HtmlSiteWriter.class.getClassLoader());
    resolver.setPrefix(TEMPLATES);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
  }

  /** One table row as the page shows it. */
  public record RowView(
      String anchor, List<String> cells, boolean deprecated, int line, List<Diagnostic> findings) {}

  /** One table as the page shows it. */
  public record TableView(String context, List<String> columns, List<RowView> rows, int line) {}

  /** One document as the index lists it. */
  public record DocumentLink(
      String title, String href, String path, int tables, int rules, long errors, long warnings) {}

  /** Writes the index, one page per document and the stylesheet into {@code folder}. */
  public void write(SiteInput input, Path folder) throws IOException {
    List<DocumentLink> links = new ArrayList<>();
    for (Document document : input.documents()) {
      List<Diagnostic> own = input.findingsOf(document);
      String name = input.outputName(document);
      String page = SitePaths.htmlPage(name);
      writePage(folder.resolve(page), renderDocument(document, own, name));
      links.add(link(document, own, page));
    }
    Context context = new Context(Locale.ROOT);
    context.setVariable("documents", links);
    context.setVariable("root", "./");
    writePage(folder.resolve("index.html"), engine.process("index", context));
    try (InputStream css =
        HtmlSiteWriter.class.getClassLoader().getResourceAsStream(TEMPLATES + "portdoc.css")) {
      Files.write(folder.resolve("portdoc.css"), css.readAllBytes());
    }
  }

  /** The HTML of one document's page; {@code name} is its output name (see {@link SiteInput}). */
  public String renderDocument(Document document, List<Diagnostic> findings, String name) {
    String page = SitePaths.htmlPage(name);
    Context context = new Context(Locale.ROOT);
    context.setVariable("doc", document);
    context.setVariable("title", document.title().orElse(document.path()));
    context.setVariable("tables", tables(document, findings));
    context.setVariable("findings", findings);
    context.setVariable("root", SitePaths.toRoot(page));
    context.setVariable("spec", SitePaths.toRoot(page) + SitePaths.yamlSpec(name));
    return engine.process("document", context);
  }

  private static DocumentLink link(Document document, List<Diagnostic> findings, String page) {
    int rules = document.tables().stream().mapToInt(t -> t.rules().size()).sum();
    long errors = findings.stream().filter(d -> d.severity().name().equals("ERROR")).count();
    long warnings = findings.stream().filter(d -> d.severity().name().equals("WARNING")).count();
    return new DocumentLink(
        document.title().orElse(document.path()),
        page,
        document.path(),
        document.tables().size(),
        rules,
        errors,
        warnings);
  }

  private static List<TableView> tables(Document document, List<Diagnostic> findings) {
    List<TableView> views = new ArrayList<>();
    for (PortTable table : document.tables()) {
      List<RowView> rows = new ArrayList<>();
      for (TableRow row : table.rows()) {
        List<String> cells = row.cells().stream().map(Cell::text).toList();
        boolean deprecated = row.rules().stream().anyMatch(PortRule::deprecated);
        List<Diagnostic> own =
            findings.stream().filter(d -> d.location().line() == row.line()).toList();
        rows.add(new RowView("L" + row.line(), cells, deprecated, row.line(), own));
      }
      views.add(
          new TableView(
              table.context(),
              table.columns().stream().map(TableColumn::name).toList(),
              rows,
              table.location().line()));
    }
    return views;
  }

  private static void writePage(Path file, String html) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }
}
