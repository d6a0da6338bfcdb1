package dev.portdoc.site;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.parser.PageParser;
import dev.portdoc.site.html.HtmlSiteWriter;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the whole output of a build: the HTML site, a YAML spec per document and the whole tree's
 * spec. Immutable; {@link #withBaseUrl} gives a builder that also writes {@code sitemap.xml}.
 */
public final class SiteBuilder {

  private static final byte[] SEPARATOR = "---\n".getBytes(StandardCharsets.US_ASCII);

  private final HtmlSiteWriter html;
  private final YamlSpecWriter yaml;
  private final Optional<URI> baseUrl;

  public SiteBuilder() {
    this(new HtmlSiteWriter(), new YamlSpecWriter(), Optional.empty());
  }

  private SiteBuilder(HtmlSiteWriter html, YamlSpecWriter yaml, Optional<URI> baseUrl) {
    this.html = html;
    this.yaml = yaml;
    this.baseUrl = baseUrl;
  }

  /**
   * A builder that writes a sitemap with absolute URLs below {@code baseUrl}.
   *
   * @throws IllegalArgumentException unless the URL is absolute {@code http} or {@code https}
   */
  public SiteBuilder withBaseUrl(URI baseUrl) {
    return new SiteBuilder(html, yaml, Optional.of(checkBaseUrl(baseUrl)));
  }

  /**
   * {@code baseUrl} when {@link #withBaseUrl} accepts it.
   *
   * @throws IllegalArgumentException unless the URL is absolute {@code http} or {@code https}
   */
  public static URI checkBaseUrl(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "base URL " + baseUrl + " must be an absolute http:// or https:// URL");
    }
    if (baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
      throw new IllegalArgumentException(
          "base URL " + baseUrl + " must not have a query or a fragment");
    }
    return baseUrl;
  }

  /** A page with what the templates show most: headings, a port table, a finding's row. */
  private static final String SAMPLE =
      """
      # Sample

      ## Cluster

      ### Nodes

      | Port | Protocol | Direction | Source | Description |
      | ---- | -------- | --------- | ------ | ----------- |
      | 443 | TCP | Inbound | Users | HTTPS, API |
      | 443 | TCP | Inbound | Users | HTTPS, API |
      | 2379-2380 | TCP | Outbound | Nodes | etcd |
      """;

  /**
   * Renders a sample site in memory and drops it, so that the templates are parsed and their code
   * loaded and compiled before the real pages come: a build does this on another thread while it
   * reads the pages, when a core is often idle. Writes nothing.
   */
  public void warmUp() {
    Document sample = PageParser.create().parse("sample/page.md", SAMPLE);
    Diagnostic finding =
        new Diagnostic(
            "duplicate-row",
            Severity.ERROR,
            "Row duplicates the row at line 9; remove one of them.",
            sample.tables().get(0).rows().get(1).location(),
            Optional.empty());
    html.render(
        new SiteInput(List.of(sample), Map.of(sample.path(), List.of(finding)), "sample"), baseUrl);
  }

  /**
   * Writes every output file into {@code folder}, which should be empty: each page's spec made
   * beside its HTML page on the same worker, then the tree's spec from the pages' spec files.
   */
  public void write(SiteInput input, Path folder) throws IOException {
    Map<Path, Document> lastBySpec = lastBySpec(input, folder);
    html.write(
        input,
        folder,
        baseUrl,
        (document, files) -> {
          String spec = SitePaths.yamlSpec(input.outputName(document));
          if (lastBySpec.get(folder.resolve(spec)) == document) {
            files.write(spec, yaml.writeUtf8(document));
          }
        });
    writeTreeSpec(input, folder, lastBySpec);
  }

  /**
   * The spec files of a build into {@code folder}, to be written while the documents at {@code
   * documentPaths} (in input order) are parsed; see {@link #write(SiteInput, Path, SpecFiles)}.
   *
   * @param sourceRoot as the build's {@link SiteInput} will have it
   */
  public static SpecFiles specFiles(Path folder, String sourceRoot, List<String> documentPaths) {
    return new SpecFiles(new YamlSpecWriter(), folder, sourceRoot, documentPaths);
  }

  /**
   * Writes every output file into {@code folder} as {@link #write(SiteInput, Path)} does, the page
   * specs that {@code specs} has written already kept as they are: the same files.
   *
   * @throws IllegalArgumentException when {@code specs} was made for another folder or source root
   */
  public void write(SiteInput input, Path folder, SpecFiles specs) throws IOException {
    specs.requireFor(input, folder);
    Map<Path, Document> lastBySpec = lastBySpec(input, folder);
    // specs knows documents by path: with a path given twice here, its files are not trusted
    Set<String> paths = new HashSet<>();
    boolean distinct = input.documents().stream().allMatch(d -> paths.add(d.path()));
    List<Document> missing = new ArrayList<>();
    for (Document document : input.documents()) {
      boolean kept = lastBySpec.get(specFile(input, folder, document)) == document;
      if (kept && !(distinct && specs.wrote(document))) {
        missing.add(document);
      }
    }
    html.write(input, folder, baseUrl);
    specs.finish();
    // normally none: every document went through specs while it was parsed
    for (Document document : missing) {
      Path file = specFile(input, folder, document);
      Files.createDirectories(file.getParent());
      Files.write(file, yaml.writeUtf8(document));
    }
    writeTreeSpec(input, folder, lastBySpec);
  }

  /** Of two sources sharing an output name, as with pages, the later one's spec is kept. */
  private static Map<Path, Document> lastBySpec(SiteInput input, Path folder) {
    Map<Path, Document> lastBySpec = new HashMap<>();
    for (Document document : input.documents()) {
      lastBySpec.put(specFile(input, folder, document), document);
    }
    return lastBySpec;
  }

  /**
   * The tree's spec: the pages' specs joined (as YamlSpecWriter.writeAll does), copied from their
   * files so that no spec is serialised twice or held in memory.
   */
  private void writeTreeSpec(SiteInput input, Path folder, Map<Path, Document> lastBySpec)
      throws IOException {
    List<Document> documents = input.documents();
    Path treeSpec = folder.resolve(SitePaths.treeSpec(input));
    Files.createDirectories(treeSpec.getParent());
    try (FileChannel all =
        FileChannel.open(treeSpec, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (int i = 0; i < documents.size(); i++) {
        if (i > 0) {
          writeFully(all, ByteBuffer.wrap(SEPARATOR));
        }
        Document document = documents.get(i);
        Path file = specFile(input, folder, document);
        if (lastBySpec.get(file) == document) {
          try (FileChannel spec = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = spec.size();
            for (long done = 0; done < size; ) {
              done += spec.transferTo(done, size - done, all);
            }
          }
        } else {
          writeFully(all, ByteBuffer.wrap(yaml.writeUtf8(document)));
        }
      }
    }
  }

  private static Path specFile(SiteInput input, Path folder, Document document) {
    return folder.resolve(SitePaths.yamlSpec(input.outputName(document)));
  }

  private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }
}
