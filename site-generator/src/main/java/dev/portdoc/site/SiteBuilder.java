package dev.portdoc.site;

import dev.portdoc.model.doc.Document;
import dev.portdoc.site.html.HtmlSiteWriter;
import dev.portdoc.site.yaml.YamlSpecWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the whole output of a build: the HTML site and a YAML spec per document. */
public final class SiteBuilder {

  private final HtmlSiteWriter html = new HtmlSiteWriter();
  private final YamlSpecWriter yaml = new YamlSpecWriter();

  /** Writes every output file into {@code folder}, which should be empty. */
  public void write(SiteInput input, Path folder) throws IOException {
    html.write(input, folder);
    for (Document document : input.documents()) {
      Path spec = folder.resolve(SitePaths.yamlSpec(input.outputName(document)));
      Files.createDirectories(spec.getParent());
      Files.writeString(spec, yaml.write(document), StandardCharsets.UTF_8);
    }
  }
}
