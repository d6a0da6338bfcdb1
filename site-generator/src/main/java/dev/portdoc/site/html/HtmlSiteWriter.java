package dev.portdoc.site.html;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.doc.Document;
import dev.portdoc.site.SiteInput;
import dev.portdoc.site.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
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
  private static final int BATCH = 64;
  private static final String ROWS_MARKER = "<!--portdoc:rows-->";

  private record Rendered(DocumentView view, String html) {}

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
    render(
        input,
        baseUrl,
        new Sink() {
          @Override
          public void accept(String path, String content) throws IOException {
            Files.writeString(file(path), content, StandardCharsets.UTF_8);
          }

          @Override
          public void accept(String path, Body body) throws IOException {
            try (Writer out = Files.newBufferedWriter(file(path), StandardCharsets.UTF_8)) {
              body.writeTo(out);
            }
          }

          private Path file(String path) throws IOException {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            return file;
          }
        });
  }

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
    List<Document> documents = input.documents();
    // pages render in parallel, in batches so that only a batch of HTML is held at once; the
    // sink still gets them in input order
    for (int from = 0; from < documents.size(); from += BATCH) {
      List<Rendered> batch =
          documents.subList(from, Math.min(documents.size(), from + BATCH)).parallelStream()
              .map(
                  document -> {
                    DocumentView view =
                        DocumentView.of(
                            document, input.findingsOf(document), input.outputName(document));
                    return new Rendered(view, renderDocument(view, allSpec));
                  })
              .toList();
      for (Rendered page : batch) {
        sink.accept(page.view().page(), page.html());
        views.add(page.view());
      }
    }
    sink.accept("index.html", renderIndex(views, allSpec));
    sink.accept("ports.html", renderPorts(views, allSpec));
    sink.accept("lint.html", renderLint(input, views, allSpec));
    for (String asset : ASSETS) {
      sink.accept(asset, resource(asset));
    }
    if (baseUrl.isPresent()) {
      sink.accept("sitemap.xml", Sitemap.of(baseUrl.get(), views));
    }
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
    return engine.process("document", context);
  }

  private String renderIndex(List<DocumentView> views, String allSpec) {
    Context context = context("./", allSpec);
    context.setVariable("documents", views);
    context.setVariable("tableCount", views.stream().mapToInt(DocumentView::tableCount).sum());
    context.setVariable("ruleCount", views.stream().mapToInt(DocumentView::ruleCount).sum());
    context.setVariable("findingCount", views.stream().mapToInt(v -> v.findings().size()).sum());
    return engine.process("index", context);
  }

  private Body renderPorts(List<DocumentView> views, String allSpec) {
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
    int ruleTotal = ruleCount;
    int marker = page.indexOf(ROWS_MARKER);
    return out -> {
      out.append(page, 0, marker);
      // rows are made in parallel a batch of documents at a time, and written in order
      for (int from = 0; from < views.size(); from += BATCH) {
        List<String> batch =
            views.subList(from, Math.min(views.size(), from + BATCH)).parallelStream()
                .map(view -> HtmlParts.matrixRows(view.matrix()))
                .toList();
        for (String rows : batch) {
          out.append(rows);
        }
      }
      // the template had the line break before </tbody> once more when there were no rows
      out.append(ruleTotal == 0 ? "\n      \n      " : "\n      ");
      out.append(page, marker + ROWS_MARKER.length(), page.length());
    };
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
