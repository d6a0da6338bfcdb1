package dev.portdoc.site.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.site.FileWriters;
import dev.portdoc.site.SiteInput;
import dev.portdoc.site.SitePaths;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the HTML site with the Thymeleaf templates kept under {@code dev/portdoc/site/html}:
 * {@code index.html}, a page per document, {@code ports.html} (every rule in one sortable,
 * filterable table), {@code lint.html}, the stylesheet and script, and {@code sitemap.xml} when a
 * base URL is given. Templates are parsed once and cached; the writer is thread-safe.
 */
public final class HtmlSiteWriter {

  private static final String TEMPLATES = "dev/portdoc/site/html/";
  private static final List<String> ASSETS = List.of("portdoc.css", "portdoc.js");
  private static final String ROWS_MARKER = "<!--portdoc:rows-->";

  static {
    ViewMethods.register();
  }

  private final TemplateEngine engine;

  public HtmlSiteWriter() {
    this(true);
  }

  /** {@code chains}: evaluate the templates' accessor chains without OGNL (tests compare both). */
  HtmlSiteWriter(boolean chains) {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(HtmlSiteWriter.class.getClassLoader());
    resolver.setPrefix(TEMPLATES);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    if (chains) {
      StandardDialect dialect = new StandardDialect();
      dialect.setVariableExpressionEvaluator(
          new ViewExpressions(dialect.getVariableExpressionEvaluator()));
      engine.setDialect(dialect);
    }
  }

  /** A findings group of the lint report: one source file. */
  public record LintGroup(
      String title, String path, String href, String anchor, List<FindingView> findings) {}

  /** Receives the rendered files, by path relative to the output folder. */
  @FunctionalInterface
  public interface Sink {
    void accept(String path, String content) throws IOException;

    /**
     * Receives a file too large to hold as one string (the all-ports table of a large tree) as text
     * written piece by piece. By default the pieces are joined and given to {@link #accept(String,
     * String)}.
     */
    default void accept(String path, Body body) throws IOException {
      StringBuilder text = new StringBuilder();
      body.writeTo(text);
      accept(path, text.toString());
    }
  }

  /** A file's text, written on demand. */
  @FunctionalInterface
  public interface Body {
    void writeTo(Appendable out) throws IOException;
  }

  /** Writes the whole site into {@code folder}. */
  public void write(SiteInput input, Path folder) throws IOException {
    write(input, folder, Optional.empty());
  }

  /** Writes the whole site into {@code folder}, with a sitemap when {@code baseUrl} is given. */
  public void write(SiteInput input, Path folder, Optional<URI> baseUrl) throws IOException {
    write(input, folder, baseUrl, (document, files) -> {});
  }

  /** Work for one document done beside its page, on the same thread: its YAML spec. */
  @FunctionalInterface
  public interface Alongside {
    void write(Document document, FileWriters files) throws IOException;
  }

  /** Threads that create and write files: they mostly wait on the file system, not the CPU. */
  private static final int WRITERS = 4;

  /** Bytes rendered but not yet written, at most. */
  private static final int PENDING = 32 << 20;

  /**
   * Writes the whole site into {@code folder} as {@link #render} gives it, the pages in parallel:
   * each worker renders a page and runs {@code alongside} for its document, and the files go to
   * writer threads, so that the cores stay busy while the file system works. The whole-tree pages
   * follow. Every file is written when this returns.
   */
  public void write(SiteInput input, Path folder, Optional<URI> baseUrl, Alongside alongside)
      throws IOException {
    String allSpec = SitePaths.treeSpec(input);
    // two sources can share an output name (a.md, a.mdx): the later one's page is kept, as when
    // pages were written one after another
    Map<String, Document> lastByPage = new HashMap<>();
    for (Document document : input.documents()) {
      lastByPage.put(SitePaths.htmlPage(input.outputName(document)), document);
    }
    try (FileWriters files = new FileWriters(folder, WRITERS, PENDING)) {
      List<Written> pages;
      try {
        pages =
            input.documents().parallelStream()
                .map(
                    document -> {
                      try {
                        DocumentView view = view(input, document);
                        if (lastByPage.get(view.page()) == document) {
                          files.write(view.page(), renderDocument(view, allSpec).getBytes(UTF_8));
                        }
                        alongside.write(document, files);
                        // the rows of the all-ports table, encoded here on the worker
                        byte[] rows = HtmlParts.matrixRows(view.matrix()).getBytes(UTF_8);
                        return new Written(view.withoutTables(), rows);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    })
                .toList();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      List<DocumentView> views = pages.stream().map(Written::view).toList();
      // the lint report renders on the other core while this one does the index and ports.html
      CompletableFuture<String> lint =
          CompletableFuture.supplyAsync(() -> renderLint(input, views, allSpec));
      files.write("index.html", renderIndex(views, allSpec).getBytes(UTF_8));
      for (String asset : ASSETS) {
        files.write(asset, resource(asset).getBytes(UTF_8));
      }
      if (baseUrl.isPresent()) {
        files.write("sitemap.xml", Sitemap.of(baseUrl.get(), views).getBytes(UTF_8));
      }
      PortsFrame ports = portsFrame(views, allSpec);
      try (OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(files.file("ports.html")), 1 << 16)) {
        out.write(ports.head().getBytes(UTF_8));
        for (Written page : pages) {
          out.write(page.portRows());
        }
        out.write(ports.tail().getBytes(UTF_8));
      }
      files.write("lint.html", lint.join().getBytes(UTF_8));
      files.finish();
    }
  }

  /** A document once its page is written: its view without the tables, and its all-ports rows. */
  private record Written(DocumentView view, byte[] portRows) {}

  /** Every file of the site, in a fixed order; for tests and callers that keep output in memory. */
  public Map<String, String> render(SiteInput input, Optional<URI> baseUrl) {
    Map<String, String> files = new LinkedHashMap<>();
    try {
      render(input, baseUrl, files::put);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Renders the site file by file into {@code sink}. */
  public void render(SiteInput input, Optional<URI> baseUrl, Sink sink) throws IOException {
    String allSpec = SitePaths.treeSpec(input);
    List<DocumentView> views = new ArrayList<>();
    for (Document document : input.documents()) {
      DocumentView view = view(input, document);
      sink.accept(view.page(), renderDocument(view, allSpec));
      views.add(view);
    }
    sink.accept("index.html", renderIndex(views, allSpec));
    PortsFrame ports = portsFrame(views, allSpec);
    sink.accept(
        "ports.html",
        out -> {
          out.append(ports.head());
          for (DocumentView view : views) {
            out.append(HtmlParts.matrixRows(view.matrix()));
          }
          out.append(ports.tail());
        });
    sink.accept("lint.html", renderLint(input, views, allSpec));
    for (String asset : ASSETS) {
      sink.accept(asset, resource(asset));
    }
    if (baseUrl.isPresent()) {
      sink.accept("sitemap.xml", Sitemap.of(baseUrl.get(), views));
    }
  }

  private static DocumentView view(SiteInput input, Document document) {
    return DocumentView.of(document, input.findingsOf(document), input.outputName(document));
  }

  /**
   * The HTML of one document's page; {@code name} is its output name (see {@link SiteInput}). Links
   * to the whole tree's spec assume the default name.
   */
  public String renderDocument(Document document, List<Diagnostic> findings, String name) {
    return renderDocument(DocumentView.of(document, findings, name), "specs/all.yaml");
  }

  private String renderDocument(DocumentView view, String allSpec) {
    Context context = context(SitePaths.toRoot(view.page()), allSpec);
    context.setVariable("doc", view);
    // sized for a typical page, so that the text is not copied as it grows
    StringBuilderWriter out = new StringBuilderWriter(64 * 1024);
    engine.process("document", context, out);
    return out.toString();
  }

  private String renderIndex(List<DocumentView> views, String allSpec) {
    Context context = context("./", allSpec);
    context.setVariable("documents", views);
    context.setVariable("tableCount", views.stream().mapToInt(DocumentView::tableCount).sum());
    context.setVariable("ruleCount", views.stream().mapToInt(DocumentView::ruleCount).sum());
    context.setVariable("findingCount", views.stream().mapToInt(v -> v.findings().size()).sum());
    return engine.process("index", context);
  }

  /** The all-ports page around its rows: the rows go between {@code head} and {@code tail}. */
  private record PortsFrame(String head, String tail) {}

  private PortsFrame portsFrame(List<DocumentView> views, String allSpec) {
    Set<String> directions = new TreeSet<>();
    Set<String> transports = new TreeSet<>();
    Set<String> variants = new TreeSet<>();
    Set<String> documents = new TreeSet<>();
    int ruleCount = 0;
    for (DocumentView view : views) {
      for (DocumentView.MatrixRow row : view.matrix()) {
        ruleCount++;
        addIfPresent(directions, row.direction());
        addIfPresent(transports, row.transport());
        addIfPresent(variants, row.variant());
        documents.add(row.document());
      }
    }
    Context context = context("./", allSpec);
    // the rows are written straight to the file where the template has this marker
    context.setVariable("rows", ROWS_MARKER);
    context.setVariable("ruleCount", ruleCount);
    context.setVariable("directions", directions);
    context.setVariable("transports", transports);
    context.setVariable("variants", variants);
    context.setVariable("documentNames", documents);
    String page = engine.process("ports", context);
    int marker = page.indexOf(ROWS_MARKER);
    // the template had the line break before </tbody> once more when there were no rows
    return new PortsFrame(
        page.substring(0, marker),
        (ruleCount == 0 ? "\n      \n      " : "\n      ")
            + page.substring(marker + ROWS_MARKER.length()));
  }

  private String renderLint(SiteInput input, List<DocumentView> views, String allSpec) {
    List<LintGroup> groups = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> anchors = new HashSet<>();
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (DocumentView view : views) {
      seen.add(view.path());
      errors += view.errors();
      warnings += view.warnings();
      infos += view.infos();
      if (!view.findings().isEmpty()) {
        groups.add(
            new LintGroup(
                view.title(),
                view.path(),
                view.pageHref(),
                unique(anchors, "f-" + SitePaths.slug(view.path())),
                view.findings()));
      }
    }
    // findings of files that gave no document (unreadable pages) still belong in the report
    for (Map.Entry<String, List<Diagnostic>> entry : input.findings().entrySet()) {
      if (seen.contains(entry.getKey()) || entry.getValue().isEmpty()) {
        continue;
      }
      List<FindingView> findings = new ArrayList<>();
      for (Diagnostic finding : entry.getValue().stream().sorted().toList()) {
        findings.add(FindingView.of(finding, ""));
        switch (finding.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          case INFO -> infos++;
        }
      }
      groups.add(
          new LintGroup(
              entry.getKey(),
              entry.getKey(),
              "",
              unique(anchors, "f-" + SitePaths.slug(entry.getKey())),
              findings));
    }
    Context context = context("./", allSpec);
    context.setVariable("groups", groups);
    context.setVariable("findingCount", errors + warnings + infos);
    context.setVariable("errors", errors);
    context.setVariable("warnings", warnings);
    context.setVariable("infos", infos);
    return engine.process("lint", context);
  }

  private static Context context(String root, String allSpec) {
    Context context = new Context(Locale.ROOT);
    context.setVariable("root", root);
    context.setVariable("allSpec", Hrefs.encodePath(allSpec));
    return context;
  }

  private static void addIfPresent(Set<String> values, String value) {
    if (!value.isEmpty()) {
      values.add(value);
    }
  }

  private static String unique(Set<String> ids, String wanted) {
    String id = wanted;
    for (int n = 2; !ids.add(id); n++) {
      id = wanted + "-" + n;
    }
    return id;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        HtmlSiteWriter.class.getClassLoader().getResourceAsStream(TEMPLATES + name)) {
      if (in == null) {
        throw new IOException("missing resource " + TEMPLATES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
