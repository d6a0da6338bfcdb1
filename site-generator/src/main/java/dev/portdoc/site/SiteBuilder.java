package dev.portdoc.site;

import dev.portdoc.model.doc.Document;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
    return new SiteBuilder(html, yaml, Optional.of(baseUrl));
  }

  /**
   * Writes every output file into {@code folder}, which should be empty: each page's spec made
   * beside its HTML page on the same worker, then the tree's spec from the pages' spec files.
   */
  public void write(SiteInput input, Path folder) throws IOException {
    List<Document> documents = input.documents();
    // as with pages, of two sources sharing an output name the later one's spec is kept
    Map<Path, Document> lastBySpec = new HashMap<>();
    for (Document document : documents) {
      lastBySpec.put(specFile(input, folder, document), document);
    }
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
    // the tree's spec is the pages' specs joined (as YamlSpecWriter.writeAll does), copied from
    // their files so that no spec is serialised twice or held in memory
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
