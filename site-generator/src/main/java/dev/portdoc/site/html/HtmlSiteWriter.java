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

  /** The part of the all-ports page that is its rows. */
  private static final String ROWS = "rows";

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

  /** The capacity of a page's output: a typical page is not copied as it grows. */
  private static final int PAGE = 64 * 1024;

  /** The bytes of a row of the all-ports table, about. */
  private static final int ROW = 512;

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
                          Utf8Output page = new Utf8Output(PAGE);
                          renderDocument(view, allSpec, page);
                          files.write(view.page(), page.toByteArray());
                        }
                        alongside.write(document, files);
                        // the rows of the all-ports table, written here on the worker
                        Utf8Output rows = new Utf8Output(ROW * view.matrix().size());
                        HtmlParts.matrixRows(view.matrix(), rows);
                        return new Written(view.withoutTables(), rows.toByteArray());
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
      CompletableFuture<byte[]> lint =
          CompletableFuture.supplyAsync(
              () -> {
                Utf8Output out = new Utf8Output(PAGE);
                renderLint(input, views, allSpec, out);
                return out.toByteArray();
              });
      Utf8Output index = new Utf8Output(PAGE);
      renderIndex(views, allSpec, index);
      files.write("index.html", index.toByteArray());
      for (String asset : ASSETS) {
        files.write(asset, resource(asset).getBytes(UTF_8));
      }
      if (baseUrl.isPresent()) {
        files.write("sitemap.xml", Sitemap.of(baseUrl.get(), views).getBytes(UTF_8));
      }
      // the page around its rows, with the place of the rows remembered: the rows go to the file
      // from the workers' arrays, not through one more copy
      Utf8Output frame = new Utf8Output(PAGE);
      int[] rowsAt = {-1};
      renderPorts(views, allSpec, frame, out -> rowsAt[0] = frame.size());
      try (OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(files.file("ports.html")), 1 << 16)) {
        frame.writeTo(out, 0, rowsAt[0]);
        for (Written page : pages) {
          out.write(page.portRows());
        }
        out.write(afterRows(views).getBytes(UTF_8));
        frame.writeTo(out, rowsAt[0], frame.size());
      }
      files.write("lint.html", lint.join());
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
    StringOutput index = new StringOutput(PAGE);
    renderIndex(views, allSpec, index);
    sink.accept("index.html", index.toString());
    StringOutput ports = new StringOutput(PAGE);
    renderPorts(
        views,
        allSpec,
        ports,
        out -> {
          for (DocumentView view : views) {
            HtmlParts.matrixRows(view.matrix(), out);
          }
          out.markup(afterRows(views));
        });
    sink.accept("ports.html", ports.toString());
    StringOutput lint = new StringOutput(PAGE);
    renderLint(input, views, allSpec, lint);
    sink.accept("lint.html", lint.toString());
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
    StringOutput out = new StringOutput(PAGE);
    renderDocument(view, allSpec, out);
    return out.toString();
  }

  private void renderDocument(DocumentView view, String allSpec, HtmlOutput out) {
    Context context = context(SitePaths.toRoot(view.page()), allSpec);
    context.setVariable("doc", view);
    out.parts((name, o) -> HtmlParts.insert(view, name, o));
    engine.process("document", context, out);
  }

  private void renderIndex(List<DocumentView> views, String allSpec, HtmlOutput out) {
    Context context = context("./", allSpec);
    context.setVariable("documents", views);
    context.setVariable("tableCount", views.stream().mapToInt(DocumentView::tableCount).sum());
    context.setVariable("ruleCount", views.stream().mapToInt(DocumentView::ruleCount).sum());
    context.setVariable("findingCount", views.stream().mapToInt(v -> v.findings().size()).sum());
    engine.process("index", context, out);
  }

  /** Writes the rows of the all-ports page. */
  @FunctionalInterface
  private interface Rows {
    void writeTo(HtmlOutput out) throws IOException;
  }

  /**
   * Renders the all-ports page into {@code out}, with {@code rows} called where the rows go (they
   * are to be followed by {@link #afterRows}).
   */
  private void renderPorts(List<DocumentView> views, String allSpec, HtmlOutput out, Rows rows) {
    // gathered unsorted (tens of thousands of rows, a handful of values), sorted once
    Set<String> directions = new HashSet<>();
    Set<String> transports = new HashSet<>();
    Set<String> variants = new HashSet<>();
    Set<String> documents = new HashSet<>();
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
    context.setVariable("rows", HtmlOutput.placeholder(ROWS));
    context.setVariable("ruleCount", ruleCount);
    context.setVariable("directions", new TreeSet<>(directions));
    context.setVariable("transports", new TreeSet<>(transports));
    context.setVariable("variants", new TreeSet<>(variants));
    context.setVariable("documentNames", new TreeSet<>(documents));
    out.parts(
        (name, o) -> {
          if (!name.equals(ROWS)) {
            return false;
          }
          rows.writeTo(o);
          return true;
        });
    engine.process("ports", context, out);
  }

  /** What the template's row loop left after the rows: one line break more when there were none. */
  private static String afterRows(List<DocumentView> views) {
    boolean none = views.stream().allMatch(view -> view.matrix().isEmpty());
    return none ? "\n      \n      " : "\n      ";
  }

  private void renderLint(
      SiteInput input, List<DocumentView> views, String allSpec, HtmlOutput out) {
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
    engine.process("lint", context, out);
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
