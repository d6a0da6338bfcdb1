package dev.portdoc.site;

import dev.portdoc.model.doc.Document;
import dev.portdoc.site.html.HtmlSiteWriter;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the whole output of a build: the HTML site, a YAML spec per document and the whole tree's
 * spec. Immutable; {@link #withBaseUrl} gives a builder that also writes {@code sitemap.xml}.
 */
public final class SiteBuilder {

  private static final int BATCH = 64;

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

  /** Writes every output file into {@code folder}, which should be empty. */
  public void write(SiteInput input, Path folder) throws IOException {
    html.write(input, folder, baseUrl);
    List<Document> documents = input.documents();
    Path treeSpec = folder.resolve(SitePaths.treeSpec(input));
    Files.createDirectories(treeSpec.getParent());
    // the tree's spec is the pages' specs joined (as YamlSpecWriter.writeAll does), streamed so
    // that no spec is serialised twice and the whole text is never held at once
    try (Writer all = Files.newBufferedWriter(treeSpec, StandardCharsets.UTF_8)) {
      for (int from = 0; from < documents.size(); from += BATCH) {
        List<Document> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
        List<String> specs = batch.parallelStream().map(yaml::write).toList();
        for (int i = 0; i < batch.size(); i++) {
          write(folder.resolve(SitePaths.yamlSpec(input.outputName(batch.get(i)))), specs.get(i));
          if (from + i > 0) {
            all.write("---\n");
          }
          all.write(specs.get(i));
        }
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
